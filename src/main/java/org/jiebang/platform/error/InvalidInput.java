package org.jiebang.platform.error;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

/** 400: one or more fields break their rule; each {@link FieldError} names the field and the rule. */
public class InvalidInput extends DomainException {

    /** A field ({@code organization.uscc}) and what is wrong with it, in words. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("INVALID_INPUT", errors.get(0).field(), describe(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public static InvalidInput of(Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidInput(violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
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
