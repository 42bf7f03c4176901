package org.rabta.web;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form that adds and edits one kind of record an administrator keeps (users, agencies, districts): shown empty or
 * filled from a record, and saved by {@link FormSubmission}, a save flashing a message that names the record and going
 * to the record's page. An edit someone else saved first is shown again on the current record.
 *
 * @param read the record of an id, as it is now
 * @param view the form's template, with its choices added to the model, for a record (null: a new one)
 * @param name what the success messages name, e.g. the record's code
 * @param page where a saved record is shown
 * @param <K>  the records' id
 * @param <R>  the record
 */
public record RecordForms<K, R>(Function<K, R> read, BiFunction<Model, R, String> view, Function<R, Object> name,
                                Function<R, String> page) {

    /** The form for a new record, starting as {@code form} (model attribute {@code form}). */
    public String showNew(Model model, Object form) {
        model.addAttribute("form", form);
        return view.apply(model, null);
    }

    /** The form of the record {@code id}, filled from it by {@code form}. */
    public String edit(Model model, K id, Function<R, ?> form) {
        R record = read.apply(id);
        model.addAttribute("form", form.apply(record));
        return view.apply(model, record);
    }

    /** Saves a new record ({@code create} answers it), or shows the form again beside what was refused. */
    public String create(BindingResult result, Model model, RedirectAttributes redirect, String success, Supplier<R> create) {
        return FormSubmission.saveOrShowAgain(result, () -> saved(redirect, success, create.get()),
                () -> view.apply(model, null));
    }

    /**
     * Saves the edit of the record {@code id} ({@code update} answers it saved), as
     * {@link FormSubmission#saveOrShowCurrent} with {@code inputOnCurrent}.
     */
    public String update(BindingResult result, Model model, RedirectAttributes redirect, String success, K id,
                         Function<R, ?> inputOnCurrent, Supplier<R> update) {
        return FormSubmission.saveOrShowCurrent(result, model, read.apply(id), () -> read.apply(id), inputOnCurrent,
                record -> view.apply(model, record), () -> saved(redirect, success, update.get()));
    }

    private String saved(RedirectAttributes redirect, String success, R record) {
        FlashMessages.success(redirect, success, name.apply(record));
        return "redirect:" + page.apply(record);
    }
}
