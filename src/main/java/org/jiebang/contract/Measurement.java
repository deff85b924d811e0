package org.jiebang.contract;

/** A value measured for one indicator at a milestone ({@code {"indicator", "measured"}}). */
public class Measurement {

    public static final int LENGTH = 200;

    private String indicator;

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
