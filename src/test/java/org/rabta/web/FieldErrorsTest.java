package org.rabta.web;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.Violation;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FieldErrorsTest {

    /** Forms are records (committees, admin) or beans (cases): both are read the same way. */
    record Form(String code, String nameEn, String role) {
    }

    private final BindingResult result = new BeanPropertyBindingResult(new Form("PK9", "Nowhere", null), "form");

    @Test
    void eachViolationGoesBesideItsFieldTheFirstOfAFieldOnly() {
        FieldErrors.reject(result, List.of(Violation.of("code", "admin.district.error.codeTaken", "PK9"),
                Violation.of("code", "admin.district.error.codeOutsideProvince", "PK9", "PK6"),
                Violation.of("nameEn", "admin.district.error.nameTaken", "Nowhere"),
                Violation.of("accused[1].cnic", "investigations.error.cnic")));

        assertThat(result.getFieldErrors()).extracting(FieldError::getField, FieldError::getCode)
                .containsExactly(tuple("code", "admin.district.error.codeTaken"),
                        tuple("nameEn", "admin.district.error.nameTaken"));
        assertThat(result.getFieldError("code").getArguments()).containsExactly("PK9");
        assertThat(result.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("investigations.error.cnic");
    }

    @Test
    void aBrokenRuleGoesBesideTheFieldItNamesElseWhereTheScreenSays() {
        FieldErrors.reject(result, BusinessRuleException.onField("code", "admin.district.error.codeTaken", "PK9"));
        FieldErrors.reject(result, new BusinessRuleException("committees.error.inactive"), "role");
        FieldErrors.reject(result, new BusinessRuleException("admin.agency.error.lastAdminAgency"));

        assertThat(result.getFieldError("code").getCode()).isEqualTo("admin.district.error.codeTaken");
        assertThat(result.getFieldError("role").getCode()).isEqualTo("committees.error.inactive");
        assertThat(result.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("admin.agency.error.lastAdminAgency");
    }
}
