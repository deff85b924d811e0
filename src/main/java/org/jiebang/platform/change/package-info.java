/**
 * What changed, for whoever keeps copies of public data: every committed write through JPA (and
 * the few bulk statements, which say so themselves) bumps this node's {@link org.jiebang.platform.change.ChangeLog}
 * generation at once and, right after, appends a row to {@code page_change}, which every node polls
 * to learn of the others' changes within a fraction of a second.
 */
package org.jiebang.platform.change;
