package org.jiebang.outcome;

/** Where a patent application stands. */
public enum PatentStatus {
    FILED, PUBLISHED, UNDER_EXAMINATION, GRANTED, REJECTED, WITHDRAWN
}
