package org.ustoz.examples.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring transactions for the pages: each action runs in one, which Ustoz joins. A failure rolls it back
 * and leaves as it came, so that a page can show a domain error.
 */
@Component
public class Tx {

    private final TransactionTemplate write;
    private final TransactionTemplate read;

    public Tx(PlatformTransactionManager transactionManager) {
        this.write = new TransactionTemplate(transactionManager);
        this.read = new TransactionTemplate(transactionManager);
        this.read.setReadOnly(true);
    }

    /** Runs work in a read-write transaction. */
    public <T> T write(Supplier<T> work) {
        return write.execute(status -> work.get());
    }

    /** Runs work in a read-only transaction. */
    public <T> T read(Supplier<T> work) {
        return read.execute(status -> work.get());
    }
}
