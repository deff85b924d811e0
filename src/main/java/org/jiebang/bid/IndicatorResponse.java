package org.jiebang.bid;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The value a bid promises for one technical indicator of the challenge (named as the challenge names it). */
public class IndicatorResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int INDICATOR_LENGTH = 200;
    public static final int PROMISED_LENGTH = 200;

    @NotBlank
    @Size(max = INDICATOR_LENGTH)
    private String indicator;

    @NotBlank(groups = BidForm.Complete.class)
    @Size(max = PROMISED_LENGTH)
    private String promised;

    public IndicatorResponse() {
    }

    public IndicatorResponse(String indicator, String promised) {
        this.indicator = indicator;
        this.promised = promised;
    }

    IndicatorResponse copy() {
        return new IndicatorResponse(indicator, promised);
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = Texts.strip(indicator);
    }

    public String getPromised() {
        return promised;
    }

    public void setPromised(String promised) {
        this.promised = Texts.strip(promised);
    }
}
