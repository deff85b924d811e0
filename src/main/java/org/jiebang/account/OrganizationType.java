package org.jiebang.account;

/** Kinds of organization (SPEC §2); all but {@link #ENTERPRISE} are research organizations. */
public enum OrganizationType {
    ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, LAB, NEW_RD_INSTITUTION, OTHER;

    /** SPEC §10: the first user of a firm posts challenges, of any research type bids. */
    public Role firstUserRole() {
        return this == ENTERPRISE ? Role.ENTERPRISE : Role.RESEARCHER;
    }
}
