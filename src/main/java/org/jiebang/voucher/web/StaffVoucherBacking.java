package org.jiebang.voucher.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.VerificationStatus;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;
import org.jiebang.voucher.VoucherService;
import org.jiebang.voucher.VoucherService.RedemptionView;
import org.jiebang.voucher.VoucherService.VoucherView;

/** Staff's voucher desk: issue vouchers to verified firms, decide redemptions, see every voucher. */
@Named
@ViewScoped
public class StaffVoucherBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VoucherService vouchers;

    @Inject
    AccountService accounts;

    private List<VoucherView> items;
    private List<RedemptionView> pending;
    private List<OrganizationView> firms;

    private Long organizationId;
    private BigDecimal amount;
    private String region;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String acceptedRegions;
    private Map<Long, String> reasons = new HashMap<>();

    @OneReading

    public void load() {
        items = vouchers.list(0, 100).items();
        pending = vouchers.pending();
        firms = accounts.organizations(VerificationStatus.VERIFIED, 0, 100).items().stream()
                .filter(o -> o.type() == OrganizationType.ENTERPRISE).toList();
    }

    public void issue() {
        List<String> accepted = acceptedRegions == null || acceptedRegions.isBlank() ? List.of()
                : Arrays.stream(acceptedRegions.split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList();
        if (Feedback.attempt(() -> vouchers.issue(new VoucherService.IssueForm(organizationId, amount, region, validFrom, validTo,
                accepted)))) {
            Feedback.info("voucher.issued");
            amount = null;
            load();
        }
    }

    public void decide(long redemptionId, boolean approved) {
        if (Feedback.attempt(() -> vouchers.decide(redemptionId, new VoucherService.ApprovalForm(approved, reasons.get(redemptionId))))) {
            Feedback.info(approved ? "voucher.settled" : "voucher.refused");
            reasons.remove(redemptionId);
            load();
        }
    }

    public List<VoucherView> getItems() {
        return items;
    }

    public List<RedemptionView> getPending() {
        return pending;
    }

    public List<OrganizationView> getFirms() {
        return firms;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getAcceptedRegions() {
        return acceptedRegions;
    }

    public void setAcceptedRegions(String acceptedRegions) {
        this.acceptedRegions = acceptedRegions;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
