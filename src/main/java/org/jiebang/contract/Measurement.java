package org.jiebang.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value measured for one indicator at a milestone ({@code {"indicator", "measured"}}). */
@Embeddable
public class Measurement {

    public static final int LENGTH = 200;

    @Column(nullable = false, length = LENGTH)
    private String indicator;

    @Column(nullable = false, length = LENGTH)
    private String measured;

    public Measurement() {
    }

    public Measurement(String indicator, String measured) {
        this.indicator = indicator;
        this.measured = measured;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getMeasured() {
        return measured;
    }

    public void setMeasured(String measured) {
        this.measured = measured;
    }
}
