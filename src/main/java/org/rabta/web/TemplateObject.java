package org.rabta.web;

/**
 * A helper that templates call as {@code #name} (a Thymeleaf expression object, {@link TemplateObjectsDialect}), such as
 * {@code #displayTime.format(c.createdAt)}. Templates reach helpers this way rather than as a {@code @bean} reference:
 * Spring's expression compiler turns a {@code #name} call into bytecode after its first uses, but never an expression
 * that holds a bean reference, which is then interpreted, by reflection, on every call of every page (a tenth of the
 * case page's request time before helpers moved here).
 */
public interface TemplateObject {

    /** The name templates write after {@code #}. */
    String templateName();

    /**
     * What one page's templates call: taken when its handler is done, while the page's transaction is still open
     * ({@link PageTransactionConfiguration}), because a page renders after that transaction has ended and
     * anything read from the database then costs a transaction of its own. A helper that reads data returns an
     * object holding what it read; one that reads nothing is itself, the default.
     */
    default Object forPage() {
        return this;
    }
}
