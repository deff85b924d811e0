package org.jiebang.challenge;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * An amendment as its reader may see it (SPEC §3): each public field that changed with its value
 * before and after ({@code {"title": {"before": …, "after": …}}}); the confidential details only as
 * {@code {"changed": true}} unless the reader may read them.
 */
public record AmendmentView(int number, Instant at, String reason, Map<String, Map<String, Object>> changes,
        Instant oldDeadline, Instant newDeadline) implements Serializable {

    private static final Jsonb JSON = JsonbBuilder.create();
    static final String CONFIDENTIAL = "confidentialDetails";

    /** One changed field for the page: its name (the key of its label), and the texts before and after. */
    public record Line(String field, String before, String after, boolean hidden) {
    }

    @SuppressWarnings("unchecked")
    static AmendmentView of(Amendment amendment, boolean showConfidential) {
        Map<String, List<Object>> stored = JSON.fromJson(amendment.getChanges(), LinkedHashMap.class);
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        stored.forEach((field, pair) -> {
            Map<String, Object> change = new LinkedHashMap<>();
            if (field.equals(CONFIDENTIAL) && !showConfidential) {
                change.put("changed", true);
            } else {
                change.put("before", pair.get(0));
                change.put("after", pair.get(1));
            }
            changes.put(field, change);
        });
        return new AmendmentView(amendment.getNumber(), amendment.getAt(), amendment.getReason(), changes,
                amendment.getOldDeadline(), amendment.getNewDeadline());
    }

    /** The changes as lines for the detail page. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        changes.forEach((field, change) -> lines.add(change.containsKey("changed")
                ? new Line(field, null, null, true)
                : new Line(field, text(change.get("before")), text(change.get("after")), false)));
        return lines;
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(AmendmentView::text).collect(Collectors.joining("；"));
        }
        if (value instanceof Map<?, ?> indicator) {
            // an indicator: name: target unit (how verified)
            Object unit = indicator.get("unit");
            return indicator.get("name") + ": " + indicator.get("target") + (unit == null ? "" : " " + unit) + " ("
                    + indicator.get("verification") + ")";
        }
        return value.toString();
    }
}
