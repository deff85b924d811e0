package org.jiebang.contract;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jiebang.platform.error.Conflict;

/**
 * A horse race's gate (赛马制, SPEC §6): the firm and staff each choose the contracts that
 * continue; the choice takes effect when both have chosen the same set. A different choice
 * replaces the one waiting and needs the other side's agreement again.
 */
@Entity
@Table(name = "contract_gate")
public class GateDecision {

    /** Who chooses: the client firm, or the market's staff. */
    public enum Side {
        FIRM, STAFF
    }

    @Id
    @Column(name = "challenge_id")
    private Long challengeId;

    @Version
    private long version;

    /** the continuing contracts' ids, ascending, comma-separated */
    @Column(nullable = false, length = 1000)
    private String continuing;

    @Column(length = 2000)
    private String reason;

    @Column(name = "firm_agreed_by")
    private Long firmAgreedBy;

    @Column(name = "firm_agreed_at")
    private Instant firmAgreedAt;

    @Column(name = "staff_agreed_by")
    private Long staffAgreedBy;

    @Column(name = "staff_agreed_at")
    private Instant staffAgreedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected GateDecision() {
    }

    public GateDecision(long challengeId) {
        this.challengeId = challengeId;
        this.continuing = "";
    }

    /** One side's choice; answers true when both sides now agree (the decision is taken). */
    public boolean choose(Side side, Set<Long> contracts, String why, long userId, Instant now) {
        if (decidedAt != null) {
            throw new Conflict("GATE_DECIDED", null, "The teams that continue past the gate were chosen already.");
        }
        String chosen = encode(contracts);
        if (!chosen.equals(continuing)) {
            continuing = chosen;
            firmAgreedAt = null;
            firmAgreedBy = null;
            staffAgreedAt = null;
            staffAgreedBy = null;
        }
        if (why != null && !why.isBlank()) {
            reason = why.strip();
        }
        if (side == Side.FIRM) {
            firmAgreedBy = userId;
            firmAgreedAt = now;
        } else {
            staffAgreedBy = userId;
            staffAgreedAt = now;
        }
        if (firmAgreedAt != null && staffAgreedAt != null) {
            decidedAt = now;
            return true;
        }
        return false;
    }

    static String encode(Set<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Set<Long> getContinuing() {
        return continuing.isEmpty() ? Set.of()
                : Arrays.stream(continuing.split(",")).map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFirmAgreedAt() {
        return firmAgreedAt;
    }

    public Instant getStaffAgreedAt() {
        return staffAgreedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
