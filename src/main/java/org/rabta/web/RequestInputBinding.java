package org.rabta.web;

import java.beans.PropertyEditorSupport;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every handler takes its inputs from the request.
 * <ul>
 * <li>A form or filter field whose value cannot be converted to its type ({@code sort=FOO}, {@code age=BOGUS},
 * {@code from=2026-99-99}) is a malformed request, answered 400 naming the field, even where the handler takes
 * a {@code BindingResult}: such a handler shows validation messages beside its fields, and would otherwise go on
 * with an empty field or, for a record, no object at all. A browser's own date, number and select inputs never
 * send such a value.</li>
 * <li>{@code page} and {@code size} parameters are clamped, not refused: a page below 0 is the first page, a
 * page above {@value ListParameters#MAX_PAGE} is page {@value ListParameters#MAX_PAGE}; a size below 1 or above {@value ListParameters#MAX_SIZE} is 1 or
 * {@value ListParameters#MAX_SIZE} (the README says so). A value that is not a whole number is still a 400.</li>
 * </ul>
 */
@ControllerAdvice
class RequestInputBinding {

    @InitBinder
    void rejectValuesOfTheWrongType(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException exception, BindingResult bindingResult) {
                throw new RejectedInputException(exception.getPropertyName(), RejectedInputException.INVALID);
            }
        });
    }

    @InitBinder("page")
    void clampPage(WebDataBinder binder) {
        clamp(binder, 0, ListParameters.MAX_PAGE);
    }

    @InitBinder("size")
    void clampSize(WebDataBinder binder) {
        clamp(binder, 1, ListParameters.MAX_SIZE);
    }

    private static void clamp(WebDataBinder binder, int min, int max) {
        PropertyEditorSupport editor = new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String number = text == null ? "" : text.strip();
                setValue(number.isEmpty() ? null : (int) Math.clamp(Long.parseLong(number), min, max));
            }
        };
        binder.registerCustomEditor(int.class, editor);
        binder.registerCustomEditor(Integer.class, editor);
    }
}
