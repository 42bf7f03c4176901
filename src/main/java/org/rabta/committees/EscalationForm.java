package org.rabta.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An issue to escalate to the committee one level up, optionally about a case. */
public record EscalationForm(
        @NotBlank @Size(max = 2000) String issue,
        @Pattern(regexp = "|[A-Z]{2}-\\d{4}-\\d{6}", message = "{committees.error.caseNumberFormat}") String caseNumber) {

    public static EscalationForm empty() {
        return new EscalationForm("", "");
    }
}
