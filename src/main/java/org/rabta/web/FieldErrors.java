package org.rabta.web;

import java.util.List;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.Violation;
import org.springframework.validation.BindingResult;

/**
 * How every form shows what the service refused: each message beside the field it names (the first message of a
 * field only, so that a field already refused by binding keeps that message), and at the top of the form when the
 * form has no such field.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void reject(BindingResult result, List<Violation> violations) {
        for (Violation violation : violations) {
            reject(result, violation.field(), violation.code(), violation.arguments().toArray());
        }
    }

    /** Beside the field the rule names, else at the top of the form. */
    public static void reject(BindingResult result, BusinessRuleException e) {
        reject(result, e.field().orElse(null), e.messageCode(), e.arguments());
    }

    /** Beside the field the rule names, else beside {@code otherwise}: the field a rule about the whole form is shown at. */
    public static void reject(BindingResult result, BusinessRuleException e, String otherwise) {
        reject(result, e.field().orElse(otherwise), e.messageCode(), e.arguments());
    }

    private static void reject(BindingResult result, String field, String code, Object[] arguments) {
        if (field == null || result.getFieldType(field) == null) {
            result.reject(code, arguments, code);
        } else if (!result.hasFieldErrors(field)) {
            result.rejectValue(field, code, arguments, code);
        }
    }
}
