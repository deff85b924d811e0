package org.jiebang.platform.error;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Checks a form against its Bean Validation constraints; services call it before acting. */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    /** @throws InvalidInput naming every field that breaks its rule */
    public <T> T check(T form) {
        if (form == null) {
            throw new InvalidInput("body", "a JSON body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw InvalidInput.of(violations);
        }
        return form;
    }
}
