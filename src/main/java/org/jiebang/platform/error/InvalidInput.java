package org.jiebang.platform.error;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

/** 400: one or more fields break their rule; each {@link FieldError} names the field and the rule. */
public class InvalidInput extends DomainException {

    /**
     * A field ({@code organization.uscc}) and what is wrong with it, in words; {@code key}, when
     * set, names the page text ({@code rule.KEY} in the bundles) for the same rule.
     */
    public record FieldError(String field, String message, @jakarta.json.bind.annotation.JsonbTransient String key,
            @jakarta.json.bind.annotation.JsonbTransient String messageZh,
            @jakarta.json.bind.annotation.JsonbTransient List<Object> args) {
        public FieldError {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public FieldError(String field, String message) {
            this(field, message, null, null, List.of());
        }

        public FieldError(String field, String message, String key) {
            this(field, message, key, null, List.of());
        }

        public FieldError(String field, String message, String key, String messageZh) {
            this(field, message, key, messageZh, List.of());
        }

        /** The message for a page in {@code locale}: Chinese when known, else the English one. */
        public String message(java.util.Locale locale) {
            return messageZh != null && "zh".equals(locale.getLanguage()) ? messageZh : message;
        }
    }

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("INVALID_INPUT", errors.get(0).field(), describe(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** One field breaking the rule whose page text is {@code rule.KEY}. */
    public static InvalidInput rule(String field, String key, String message) {
        return new InvalidInput(List.of(new FieldError(field, message, key)));
    }

    public static InvalidInput of(Set<? extends ConstraintViolation<?>> violations) {
        return of(violations, v -> null);
    }

    /** The violations, each also worded in Chinese by {@code chinese} for the pages. */
    public static InvalidInput of(Set<? extends ConstraintViolation<?>> violations,
            java.util.function.Function<ConstraintViolation<?>, String> chinese) {
        return new InvalidInput(violations.stream()
                .map(v -> {
                    Rule rule = ruleOf(v);
                    return new FieldError(v.getPropertyPath().toString(), v.getMessage(), rule == null ? null : rule.key(),
                            chinese.apply(v), rule == null ? List.of() : rule.args());
                })
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    /** A page text ({@code rule.KEY}) and its arguments for a constraint the bundles word. */
    private record Rule(String key, List<Object> args) {
    }

    /**
     * The bundles' wording for the standard constraints (a missing value, a length, a count, a
     * bound), so that pages never show a validator's default text; null for our own constraints,
     * whose messages are already worded for people in both languages.
     */
    private static Rule ruleOf(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        java.util.Map<String, Object> attributes = descriptor.getAttributes();
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> new Rule("required", List.of());
            case "Size" -> {
                int min = (Integer) attributes.get("min");
                int max = (Integer) attributes.get("max");
                String kind = violation.getInvalidValue() instanceof CharSequence ? "length" : "count";
                if (max == Integer.MAX_VALUE) {
                    yield new Rule(kind + "AtLeast", List.of(min));
                }
                yield min <= 0 ? new Rule(kind + "AtMost", List.of(max)) : new Rule(kind + "Between", List.of(min, max));
            }
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> new Rule("atLeast",
                    List.of(String.valueOf(attributes.getOrDefault("value", constraint.equals("Positive") ? "0.01" : "0"))));
            case "Max", "DecimalMax" -> new Rule("atMost", List.of(String.valueOf(attributes.get("value"))));
            case "Email" -> new Rule("email", List.of());
            default -> null;
        };
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    @Override
    public int status() {
        return 400;
    }
}
