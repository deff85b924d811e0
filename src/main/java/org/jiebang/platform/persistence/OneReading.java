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
 * Inside a transaction already running, the method simply joins it.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OneReading {
}
