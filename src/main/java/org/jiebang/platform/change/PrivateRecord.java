package org.jiebang.platform.change;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that no public page ever shows (notifications, sessions' throttles, tokens, the
 * audit chain, user accounts, uploaded files before they are attached): writing one does not make
 * cached public pages stale.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PrivateRecord {
}
