package org.jiebang.outcome;

/** The kinds of outcome of a contract (SPEC §8). */
public enum OutcomeType {
    PATENT, SOFTWARE_COPYRIGHT, PAPER, STANDARD, PRODUCT, REVENUE, OTHER
}
