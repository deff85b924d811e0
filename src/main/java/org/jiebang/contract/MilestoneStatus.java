package org.jiebang.contract;

/**
 * A milestone's states (SPEC §6): {@code PLANNED -> SUBMITTED -> ACCEPTED}, or
 * {@code SUBMITTED -> REJECTED -> SUBMITTED} again.
 */
public enum MilestoneStatus {
    PLANNED, SUBMITTED, ACCEPTED, REJECTED;

    /** The contractor may (re)submit. */
    public boolean isOpenForSubmission() {
        return this == PLANNED || this == REJECTED;
    }
}
