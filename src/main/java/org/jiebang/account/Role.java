package org.jiebang.account;

/** The roles of SPEC §1. A user may hold several. */
public enum Role {
    /** staff of a firm (发榜方): posts and manages challenges */
    ENTERPRISE,
    /** member of a research organization (揭榜方): bids */
    RESEARCHER,
    /** technology-market staff (科技大市场): verifies, vets, awards */
    STAFF,
    /** reviewer on a panel (评审专家) */
    EXPERT,
    /** operator: users, roles, configuration */
    ADMIN;

    /** Role names for annotations and the security context. */
    public static final String STAFF_NAME = "STAFF";
    public static final String ADMIN_NAME = "ADMIN";
}
