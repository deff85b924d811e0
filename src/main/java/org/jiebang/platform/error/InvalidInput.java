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
            @jakarta.json.bind.annotation.JsonbTransient String messageZh) {
        public FieldError(String field, String message) {
            this(field, message, null, null);
        }

        public FieldError(String field, String message, String key) {
            this(field, message, key, null);
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
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage(), keyOf(v), chinese.apply(v)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    /** "required" for a missing value, so that pages can say it in their language; null otherwise. */
    private static String keyOf(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
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
