package org.rabta.web;

import java.util.function.Supplier;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * How every form's post ends: a form that binds and saves goes where the save says (the save flashes what it did);
 * otherwise the same form is shown again with the user's input, each refusal beside the field it names
 * ({@link FieldErrors}), whether binding refused it or the service did.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    public static String saveOrShowAgain(BindingResult result, Supplier<String> save, Supplier<String> showAgain) {
        return saveOrShowAgain(result, null, save, showAgain);
    }

    /** {@code otherwise}: the field a refused rule that names none is shown beside (null: at the top of the form). */
    public static String saveOrShowAgain(BindingResult result, String otherwise, Supplier<String> save, Supplier<String> showAgain) {
        if (!result.hasErrors()) {
            try {
                return save.get();
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e.violations());
            } catch (BusinessRuleException e) {
                FieldErrors.reject(result, e, otherwise);
            }
        }
        return showAgain.get();
    }

    /**
     * An edit of a versioned record: as {@link #saveOrShowAgain}, and when someone else saved the record in between, the
     * form is shown again with the notice saying who ({@code fragments/forms :: staleNotice}). {@code showCurrent} keeps
     * the user's input on the current record and its version, so that saving again (after checking) applies it on top.
     */
    public static String saveOrShowCurrent(BindingResult result, Model model, Supplier<String> save, Supplier<String> showAgain,
                                           Supplier<String> showCurrent) {
        try {
            return saveOrShowAgain(result, save, showAgain);
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            model.addAttribute("staleEdit", true);
            model.addAttribute("stale", e instanceof ConcurrentEditException stale ? stale : null);
            return showCurrent.get();
        }
    }
}
