package org.jiebang.challenge;

/** The criteria of the review rubric (SPEC §5), by the names the API uses. */
public enum Criterion {
    TECHNICAL("technical"), TEAM("team"), PRICE("price"), SCHEDULE("schedule"), COMMERCIALIZATION("commercialization");

    private final String key;

    Criterion(String key) {
        this.key = key;
    }

    /** The name in JSON ({@code "technical"}, …) and in the bundles ({@code criterion.technical}). */
    public String key() {
        return key;
    }

    public static Criterion ofKey(String key) {
        for (Criterion c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
