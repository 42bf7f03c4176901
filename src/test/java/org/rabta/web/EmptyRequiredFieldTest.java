package org.rabta.web;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rabta.support.ApplicationClasses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A required text field left empty is told once that it is required. The admin forms' username, agency code and
 * district code also have a format, which refused the empty text too: the field and the form's summary then said
 * "This field is required." and "Use 3 to 60 small letters..." for a field nobody had typed in. Every required text
 * field of the application's classes is checked, so a form added tomorrow is checked too.
 */
class EmptyRequiredFieldTest {

    @Test
    void everyRequiredTextFieldLeftEmptyHasOneErrorOnly() {
        List<Field> required = new ArrayList<>();
        for (JavaClass type : ApplicationClasses.ALL) {
            for (Field field : type.reflect().getDeclaredFields()) {
                if (field.isAnnotationPresent(NotBlank.class) && field.getType() == String.class) {
                    required.add(field);
                }
            }
        }
        assertThat(required).as("the required text fields found").hasSizeGreaterThan(15);

        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(required).allSatisfy(field -> assertThat(validator.validateValue(field.getDeclaringClass(),
                    field.getName(), "").stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toList()))
                    .as("%s.%s left empty", field.getDeclaringClass().getSimpleName(), field.getName())
                    .hasSize(1));
        }
    }
}
