package org.jiebang.contract;

/**
 * The lifecycle of a contract (SPEC §6):
 * <pre>
 * DRAFT -(both parties sign)-> SIGNED -(final milestone accepted)-> CLOSED
 *   |                            |
 *   +-(agreed termination)-------+--(agreed termination, or not chosen at a gate)--> TERMINATED
 * </pre>
 */
public enum ContractStatus {
    DRAFT, SIGNED, CLOSED, TERMINATED;

    public boolean canMoveTo(ContractStatus next) {
        return switch (this) {
            case DRAFT -> next == SIGNED || next == TERMINATED;
            case SIGNED -> next == CLOSED || next == TERMINATED;
            case CLOSED, TERMINATED -> false;
        };
    }

    /** Still to be worked on: not closed and not terminated. */
    public boolean isLive() {
        return this == DRAFT || this == SIGNED;
    }
}
