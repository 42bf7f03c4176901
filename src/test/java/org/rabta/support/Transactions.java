package org.rabta.support;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a test's work in a transaction of its own, as one request's. Deliberately not a {@code TransactionOperations}
 * bean: the application's only one is Spring Session's store's, and a second would change what is injected there.
 */
@Component
public class Transactions {

    private final TransactionTemplate template;

    Transactions(PlatformTransactionManager manager) {
        this.template = new TransactionTemplate(manager);
    }

    public <T> T execute(TransactionCallback<T> action) {
        return template.execute(action);
    }

    public void executeWithoutResult(Consumer<TransactionStatus> action) {
        template.executeWithoutResult(action);
    }
}
