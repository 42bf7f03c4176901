package org.rabta.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.Violation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

    /**
     * For a form that redirects after a refusal, and so keeps no binding (the review page's note and action item): each
     * field's first message with its arguments, to flash and show beside the field on the page it redirects to
     * ({@code ${@messageSource.getMessage(errors['body'], #locale)}}). A message code alone would lose its arguments.
     */
    public static Map<String, MessageSourceResolvable> byField(List<Violation> violations) {
        Map<String, MessageSourceResolvable> messages = new LinkedHashMap<>();
        for (Violation violation : violations) {
            messages.putIfAbsent(violation.field(), new DefaultMessageSourceResolvable(new String[] {violation.code()},
                    violation.arguments().toArray(), violation.code()));
        }
        return messages;
    }

    private static void reject(BindingResult result, String field, String code, Object[] arguments) {
        if (field == null || result.getFieldType(field) == null) {
            result.reject(code, arguments, code);
        } else if (!result.hasFieldErrors(field)) {
            result.rejectValue(field, code, arguments, code);
        }
    }
}
