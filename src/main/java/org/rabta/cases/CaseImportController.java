package org.rabta.cases;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import screen: upload a CSV file of cases and read what was imported and what was not (post, redirect, get). */
@Controller
@RequestMapping("/cases/import")
@RequiredArgsConstructor
class CaseImportController {

    /** The screen lists this many problems; the counts above them are complete. */
    static final int SHOWN_ERRORS = 200;

    private final CaseImporter importer;
    private final MessageSource messages;

    @GetMapping
    String form(@AuthenticationPrincipal RabtaUser user, Model model) {
        CaseAccessPolicy.requireCaseRole(user);
        model.addAttribute("columns", ImportColumn.all());
        model.addAttribute("modes", ImportMode.values());
        return "cases/import";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal RabtaUser user, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String mode, Locale locale, RedirectAttributes redirect) throws IOException {
        CaseAccessPolicy.requireCaseRole(user);
        ImportMode importMode = ImportMode.ofParameter(mode).orElse(ImportMode.ALL_OR_NOTHING);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "cases.import.error.noFile");
            return "redirect:/cases/import";
        }
        try (InputStream input = file.getInputStream()) {
            ImportResult result = ImportResult.of(importer.importCsv(user, input, importMode), messages, locale, SHOWN_ERRORS);
            redirect.addFlashAttribute("result", result);
            redirect.addFlashAttribute("fileName", file.getOriginalFilename());
        }
        return "redirect:/cases/import";
    }
}
