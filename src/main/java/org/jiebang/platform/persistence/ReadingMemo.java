package org.jiebang.platform.persistence;

import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Answers a question once per {@link OneReading}: a page's reading asks some things several times
 * (whether the caller reviews this bid: once for the bid, once for its score, once for the
 * panel), and nothing can change in a reading, which writes nothing. Outside a reading (no
 * transaction, or one that may write) every question is answered afresh.
 */
@ApplicationScoped
public class ReadingMemo {

    private static final String PREFIX = ReadingMemo.class.getName() + ":";

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What {@code answer} gives for {@code key}, asked once per reading. */
    @SuppressWarnings("unchecked")
    public <T> T once(String key, Supplier<T> answer) {
        boolean reading = transactions.getTransactionKey() != null && transactions.getResource(OneReading.MARK) != null;
        if (!reading) {
            return answer.get();
        }
        Object known = transactions.getResource(PREFIX + key);
        if (known != null) {
            return (T) known;
        }
        T found = answer.get();
        if (found != null) {
            transactions.putResource(PREFIX + key, found);
        }
        return found;
    }
}
