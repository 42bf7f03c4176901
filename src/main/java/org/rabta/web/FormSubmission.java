package org.rabta.web;

import java.util.function.Function;
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
     * An edit of a versioned {@code record}: as {@link #saveOrShowAgain} with the form ({@code view}) of the record, and
     * when someone else saved it in between, the form of the {@code current} record with the notice saying who
     * ({@code fragments/forms :: staleNotice}). That form (model attribute {@code form}) keeps the user's input on the
     * current record's identity and version ({@code inputOnCurrent}), so that saving again (after checking) applies it
     * on top.
     */
    public static <R> String saveOrShowCurrent(BindingResult result, Model model, R record, Supplier<R> current,
                                               Function<R, ?> inputOnCurrent, Function<R, String> view, Supplier<String> save) {
        try {
            return saveOrShowAgain(result, save, () -> view.apply(record));
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            model.addAttribute("staleEdit", true);
            model.addAttribute("stale", e instanceof ConcurrentEditException stale ? stale : null);
            R now = current.get();
            model.addAttribute("form", inputOnCurrent.apply(now));
            return view.apply(now);
        }
    }
}
