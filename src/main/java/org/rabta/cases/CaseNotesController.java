package org.rabta.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.rabta.web.FlashMessages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's notes and attachments: adding them (post, redirect to the section) and downloading a file. */
@Controller
@RequestMapping("/cases/" + CaseController.CASE_NUMBER)
@RequiredArgsConstructor
class CaseNotesController {

    private final CaseNotesAndAttachments notesAndAttachments;

    @PostMapping("/notes")
    String addNote(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                   @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean restricted,
                   RedirectAttributes redirect) {
        try {
            notesAndAttachments.addNote(user, caseNumber, body, restricted);
            redirect.addFlashAttribute("success", "cases.note.added");
        } catch (InvalidInputException e) {
            FlashMessages.invalid(redirect, e.violations().getFirst());
            redirect.addFlashAttribute("noteBody", body);
        }
        return "redirect:/cases/" + caseNumber + "#notes";
    }

    @PostMapping("/attachments")
    String addAttachment(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                         @RequestParam(required = false) MultipartFile file,
                         @RequestParam(required = false) String description, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.empty")));
            }
            if (file.getSize() > AttachmentTypes.MAX_BYTES) {
                throw new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.tooLarge", 10)));
            }
            notesAndAttachments.addAttachment(user, caseNumber, file.getOriginalFilename(), file.getBytes(), description);
            redirect.addFlashAttribute("success", "cases.attachment.added");
        } catch (InvalidInputException e) {
            FlashMessages.invalid(redirect, e.violations().getFirst());
        }
        return "redirect:/cases/" + caseNumber + "#attachments";
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                                    @PathVariable long attachmentId) {
        AttachmentDownload download = notesAndAttachments.download(user, caseNumber, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }
}
