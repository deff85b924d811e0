package org.jiebang.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a transactional write that MariaDB/MySQL may choose as a deadlock's victim although it
 * did nothing wrong: two firms redeeming vouchers on two different contracts at once take gap
 * locks on the same stretch of an index and then both insert into it. The victim's transaction is
 * rolled back whole, so running it again is safe: {@link RetriedOnDeadlockInterceptor} does, at most
 * three times, from outside the transaction. Only a call that starts its own transaction is retried.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetriedOnDeadlock {
}
