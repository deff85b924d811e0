package org.jiebang.voucher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.persistence.BaseEntity;
import org.jiebang.platform.persistence.JsonStrings;
import org.jiebang.platform.region.Regions;

/**
 * An innovation voucher (创新券, SPEC §7) issued to a verified firm: its amount, the issuing region,
 * the validity dates and the regions whose providers accept it (通用通兑). Its balance is the sum
 * of its ledger; the voucher row is the lock every movement takes.
 */
@Entity
@Table(name = "voucher")
public class Voucher extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 6, updatable = false)
    private String region;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private LocalDate validTo;

    /** the regions' codes in the order issued, kept in the voucher's row (V021), replaced whole (JsonList) */
    @Convert(converter = JsonStrings.class)
    @Column(name = "accepted_regions", updatable = false)
    private List<String> acceptedRegions = new ArrayList<>();

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    private String issuedBy;

    protected Voucher() {
    }

    public Voucher(long organizationId, BigDecimal amount, String region, LocalDate validFrom, LocalDate validTo,
            Set<String> acceptedRegions, String issuedBy) {
        this.organizationId = organizationId;
        this.amount = amount.setScale(2);
        this.region = region;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.acceptedRegions = new ArrayList<>(new LinkedHashSet<>(acceptedRegions));
        this.issuedBy = issuedBy;
    }

    /**
     * Whether it may be used on {@code today} (Beijing date).
     *
     * @throws RuleBroken {@code VOUCHER_EXPIRED} after its last day, {@code VOUCHER_NOT_YET_VALID}
     *         before its first
     */
    public void requireValidOn(LocalDate today) {
        if (today.isAfter(validTo)) {
            throw new RuleBroken("VOUCHER_EXPIRED", "voucher", "This voucher expired on " + validTo
                    + ": an expired voucher cannot be used.", validTo.toString());
        }
        if (today.isBefore(validFrom)) {
            throw new RuleBroken("VOUCHER_NOT_YET_VALID", "voucher", "This voucher can be used from " + validFrom + ".",
                    validFrom.toString());
        }
    }

    /**
     * Whether a provider of {@code providerRegion} accepts it.
     *
     * @throws RuleBroken {@code REGION_NOT_ACCEPTED} otherwise
     */
    public void requireAccepted(String providerRegion) {
        if (acceptedRegions.stream().noneMatch(r -> Regions.covers(r, providerRegion))) {
            throw new RuleBroken("REGION_NOT_ACCEPTED", "contractId", "The provider is in region " + providerRegion
                    + ", which this voucher does not accept (accepted: " + String.join(", ", acceptedRegions) + ").",
                    Regions.label(providerRegion, false), String.join(", ", acceptedRegions));
        }
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Set<String> getAcceptedRegions() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(acceptedRegions));
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
