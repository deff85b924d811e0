package org.jiebang.challenge;

/** How bids are evaluated (SPEC §3, §5). */
public enum Evaluation {
    /** everything scored at once */
    SINGLE,
    /** the price opens only when every technical score is in */
    TWO_ENVELOPE
}
