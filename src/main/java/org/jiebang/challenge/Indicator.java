package org.jiebang.challenge;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A measurable technical indicator of a challenge: name, target value, unit, how it is verified. */
public class Indicator implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 200;
    public static final int TARGET_LENGTH = 200;
    public static final int UNIT_LENGTH = 50;
    public static final int VERIFICATION_LENGTH = 500;

    @NotBlank(groups = ChallengeForm.Complete.class)
    @Size(max = NAME_LENGTH)
    private String name;

    @NotBlank(groups = ChallengeForm.Complete.class)
    @Size(max = TARGET_LENGTH)
    private String target;

    @Size(max = UNIT_LENGTH)
    private String unit;

    @NotBlank(groups = ChallengeForm.Complete.class)
    @Size(max = VERIFICATION_LENGTH)
    private String verification;

    public Indicator() {
    }

    public Indicator(String name, String target, String unit, String verification) {
        this.name = name;
        this.target = target;
        this.unit = unit;
        this.verification = verification;
    }

    /**
     * A clean copy for storage: a draft may hold a half-filled row, whose missing parts are kept
     * empty (submission checks that every part is there).
     */
    Indicator copy() {
        return new Indicator(text(name), text(target), unit == null || unit.isBlank() ? null : unit.strip(),
                text(verification));
    }

    /** A row with nothing in it, as the posting page adds them. */
    boolean isEmpty() {
        return (name == null || name.isBlank()) && (target == null || target.isBlank())
                && (unit == null || unit.isBlank()) && (verification == null || verification.isBlank());
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getVerification() {
        return verification;
    }

    public void setVerification(String verification) {
        this.verification = verification;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Indicator i && java.util.Objects.equals(name, i.name) && java.util.Objects.equals(target, i.target)
                && java.util.Objects.equals(unit, i.unit) && java.util.Objects.equals(verification, i.verification);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, target, unit, verification);
    }
}
