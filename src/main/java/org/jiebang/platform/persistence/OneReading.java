package org.jiebang.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a method that only reads, typically a page's loading, which asks several services in turn
 * (the bid, then whether the caller is its team, then its receipts…): run in one transaction,
 * they share one persistence context, so a row they all need is read once, not once per service.
 * The transaction is always rolled back ({@link OneReadingInterceptor}): nothing may be written in
 * it, and a service that fails inside it cannot turn a page's "not found" into a failed commit.
 * Inside a transaction already running, the method simply joins it. Persisting or removing an
 * entity inside a reading fails ({@link #MARK}).
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OneReading {

    /**
     * Key of the transaction resource that marks a reading's transaction: an entity persisted or
     * removed in it is refused at once ({@code ChangeListener}), not silently rolled back.
     */
    String MARK = "org.jiebang.platform.persistence.OneReading";
}
