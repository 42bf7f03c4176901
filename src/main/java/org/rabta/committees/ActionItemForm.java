package org.rabta.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An action item: what, the owner ({@code "member:<membership id>"} or {@code "agency:<agency code>"}), by when,
 * and optionally the case it concerns.
 */
public record ActionItemForm(
        @NotBlank @Size(max = 1000) String description,
        @NotBlank String owner,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
        @Pattern(regexp = "|[A-Z]{2}-\\d{4}-\\d{6}", message = "{committees.error.caseNumberFormat}") String caseNumber) {

    public static ActionItemForm due(LocalDate dueOn) {
        return new ActionItemForm("", "", dueOn, "");
    }
}
