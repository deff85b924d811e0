package org.jiebang.bid;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The content of a bid as its team writes it (SPEC §4, §10), from the bid page or the API. A draft
 * needs only fields within their limits; a submission needs everything ({@link Complete}), and
 * the rules that look at the challenge are checked by {@link Bid#checkComplete}.
 */
public class BidForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The constraints a bid must meet to be submitted. */
    public interface Complete {
    }

    /** Longest technical approach, in characters of the sanitized HTML. */
    public static final int APPROACH_LENGTH = 100_000;
    public static final int MAX_MEMBERS = 50;
    public static final int MAX_PARTNERS = 20;
    public static final int MAX_MILESTONES = 24;

    @Valid
    @NotNull(groups = Complete.class)
    private Principal principal = new Principal();

    @NotEmpty(groups = Complete.class)
    @Size(max = MAX_MEMBERS)
    private List<@Valid @NotNull TeamMember> members = new ArrayList<>();

    @Size(max = MAX_PARTNERS)
    private List<@NotNull Long> partnerOrganizationIds = new ArrayList<>();

    /** formatted text (HTML), sanitized on the server */
    @NotBlank(groups = Complete.class)
    @Size(max = APPROACH_LENGTH)
    private String approach;

    @Size(max = 30)
    private List<@Valid @NotNull IndicatorResponse> indicatorResponses = new ArrayList<>();

    @NotNull(groups = Complete.class)
    @DecimalMin(value = "0.01")
    @Digits(integer = 16, fraction = 2)
    private BigDecimal price;

    @NotNull(groups = Complete.class)
    @Min(1)
    @Max(120)
    private Integer durationMonths;

    @NotEmpty(groups = Complete.class)
    @Size(max = MAX_MILESTONES)
    private List<@Valid @NotNull ProposedMilestone> milestones = new ArrayList<>();

    public Principal getPrincipal() {
        return principal;
    }

    public void setPrincipal(Principal principal) {
        this.principal = principal;
    }

    public List<TeamMember> getMembers() {
        return members;
    }

    public void setMembers(List<TeamMember> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }

    public List<Long> getPartnerOrganizationIds() {
        return partnerOrganizationIds;
    }

    public void setPartnerOrganizationIds(List<Long> partnerOrganizationIds) {
        this.partnerOrganizationIds = partnerOrganizationIds == null ? new ArrayList<>()
                : new ArrayList<>(partnerOrganizationIds);
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public List<IndicatorResponse> getIndicatorResponses() {
        return indicatorResponses;
    }

    public void setIndicatorResponses(List<IndicatorResponse> indicatorResponses) {
        this.indicatorResponses = indicatorResponses == null ? new ArrayList<>() : new ArrayList<>(indicatorResponses);
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public List<ProposedMilestone> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<ProposedMilestone> milestones) {
        this.milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
    }
}
