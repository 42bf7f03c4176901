package org.rabta.web;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class FormSubmissionTest {

    record Form(String code, String role) {
    }

    private final BindingResult result = new BeanPropertyBindingResult(new Form("PK9", null), "form");
    private final Model model = new ExtendedModelMap();

    @Test
    void aFormThatBindsAndSavesGoesWhereTheSaveSays() {
        assertThat(FormSubmission.saveOrShowAgain(result, () -> "redirect:/saved", () -> "form")).isEqualTo("redirect:/saved");
    }

    @Test
    void aFormThatDoesNotBindIsShownAgainWithoutSaving() {
        result.rejectValue("code", "typeMismatch");

        assertThat(FormSubmission.saveOrShowAgain(result, () -> fail("saved"), () -> "form")).isEqualTo("form");
    }

    @Test
    void whatTheServiceRefusesIsShownBesideItsFieldOrWhereTheScreenSays() {
        assertThat(FormSubmission.saveOrShowAgain(result, () -> {
            throw InvalidInputException.of("code", "admin.district.error.codeTaken", "PK9");
        }, () -> "form")).isEqualTo("form");
        BindingResult another = new BeanPropertyBindingResult(new Form("PK9", null), "form");
        assertThat(FormSubmission.saveOrShowAgain(another, "role", () -> {
            throw new BusinessRuleException("committees.error.inactive");
        }, () -> "form")).isEqualTo("form");

        assertThat(result.getFieldError("code").getCode()).isEqualTo("admin.district.error.codeTaken");
        assertThat(another.getFieldError("role").getCode()).isEqualTo("committees.error.inactive");
    }

    @Test
    void anEditThatDoesNotBindIsShownAgainOnTheRecordItEdits() {
        result.rejectValue("code", "typeMismatch");

        assertThat(FormSubmission.saveOrShowCurrent(result, model, "v1", () -> fail("reloaded"), record -> "input on " + record,
                record -> "form of " + record, () -> fail("saved"))).isEqualTo("form of v1");
        assertThat(model.getAttribute("staleEdit")).isNull();
    }

    @Test
    void anEditSomeoneElseSavedFirstIsShownAgainOverTheCurrentRecordSayingWho() {
        ConcurrentEditException stale = new ConcurrentEditException("USER", "admin", Instant.EPOCH);

        assertThat(FormSubmission.saveOrShowCurrent(result, model, "v1", () -> "v2", record -> "input on " + record,
                record -> "form of " + record, () -> {
                    throw stale;
                })).isEqualTo("form of v2");
        assertThat(model.getAttribute("staleEdit")).isEqualTo(true);
        assertThat(model.getAttribute("stale")).isSameAs(stale);
        assertThat(model.getAttribute("form")).isEqualTo("input on v2");

        Model other = new ExtendedModelMap();
        assertThat(FormSubmission.saveOrShowCurrent(result, other, "v1", () -> "v2", record -> "input on " + record,
                record -> "form of " + record, () -> {
                    throw new OptimisticLockingFailureException("row changed");
                })).isEqualTo("form of v2");
        assertThat(other.getAttribute("staleEdit")).isEqualTo(true);
        assertThat(other.getAttribute("stale")).isNull();
        assertThat(other.getAttribute("form")).isEqualTo("input on v2");
    }
}
