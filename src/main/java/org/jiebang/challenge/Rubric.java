package org.jiebang.challenge;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jiebang.platform.error.InvalidInput;

/**
 * The weights of the review criteria of one challenge (SPEC §5), set when it is posted: whole
 * percentages that add up to 100; by default technical approach 40, team capability 25, price 15,
 * schedule 10, commercialization and IP 10.
 */
@Embeddable
public class Rubric implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Rubric DEFAULT = new Rubric(40, 25, 15, 10, 10);

    @Column(name = "weight_technical", nullable = false)
    private int technical;

    @Column(name = "weight_team", nullable = false)
    private int team;

    @Column(name = "weight_price", nullable = false)
    private int price;

    @Column(name = "weight_schedule", nullable = false)
    private int schedule;

    @Column(name = "weight_commercialization", nullable = false)
    private int commercialization;

    public Rubric() {
    }

    public Rubric(int technical, int team, int price, int schedule, int commercialization) {
        this.technical = technical;
        this.team = team;
        this.price = price;
        this.schedule = schedule;
        this.commercialization = commercialization;
    }

    /** Throws naming the rule unless each weight is 0–100 and they add up to 100. */
    public Rubric checked() {
        for (Criterion c : Criterion.values()) {
            if (weight(c) < 0 || weight(c) > 100) {
                throw new InvalidInput("rubric." + c.key(), "a whole percentage from 0 to 100");
            }
        }
        int sum = technical + team + price + schedule + commercialization;
        if (sum != 100) {
            throw new org.jiebang.platform.error.RuleBroken("RUBRIC_SUM", "rubric",
                    "The weights must add up to 100 (they add up to " + sum + ").", sum);
        }
        return this;
    }

    public int weight(Criterion criterion) {
        return switch (criterion) {
            case TECHNICAL -> technical;
            case TEAM -> team;
            case PRICE -> price;
            case SCHEDULE -> schedule;
            case COMMERCIALIZATION -> commercialization;
        };
    }

    public int getTechnical() {
        return technical;
    }

    public int getTeam() {
        return team;
    }

    public int getPrice() {
        return price;
    }

    public int getSchedule() {
        return schedule;
    }

    public int getCommercialization() {
        return commercialization;
    }

    public void setTechnical(int technical) {
        this.technical = technical;
    }

    public void setTeam(int team) {
        this.team = team;
    }

    public void setPrice(int price) {
        this.price = price;
    }

    public void setSchedule(int schedule) {
        this.schedule = schedule;
    }

    public void setCommercialization(int commercialization) {
        this.commercialization = commercialization;
    }

    public Rubric copy() {
        return new Rubric(technical, team, price, schedule, commercialization);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rubric r && r.technical == technical && r.team == team && r.price == price
                && r.schedule == schedule && r.commercialization == commercialization;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(technical, team, price, schedule, commercialization);
    }
}
