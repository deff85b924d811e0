package org.jiebang.bid;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A milestone the team proposes: title, deliverable, the month it is due in, its share of the price (%). */
public class ProposedMilestone implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int DELIVERABLE_LENGTH = 1000;

    @NotBlank(groups = BidForm.Complete.class)
    @Size(max = TITLE_LENGTH)
    private String title;

    @NotBlank(groups = BidForm.Complete.class)
    @Size(max = DELIVERABLE_LENGTH)
    private String deliverable;

    /** months after the start, from 1 */
    @NotNull(groups = BidForm.Complete.class)
    @Min(1)
    @Max(120)
    private Integer month;

    /** percentage of the price, 2 decimals; the shares of a bid add up to 100 */
    @NotNull(groups = BidForm.Complete.class)
    @DecimalMin(value = "0.01")
    @DecimalMax(value = "100.00")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal share;

    public ProposedMilestone() {
    }

    public ProposedMilestone(String title, String deliverable, Integer month, BigDecimal share) {
        this.title = title;
        this.deliverable = deliverable;
        this.month = month;
        this.share = share;
    }

    ProposedMilestone copy() {
        // shares are kept with two decimals, as the form shows them (a share with more fails validation)
        return new ProposedMilestone(title == null ? "" : title, deliverable, month,
                share == null || share.scale() >= 2 ? share : share.setScale(2));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Texts.strip(title);
    }

    public String getDeliverable() {
        return deliverable;
    }

    public void setDeliverable(String deliverable) {
        this.deliverable = Texts.strip(deliverable);
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public BigDecimal getShare() {
        return share;
    }

    public void setShare(BigDecimal share) {
        this.share = share;
    }
}
