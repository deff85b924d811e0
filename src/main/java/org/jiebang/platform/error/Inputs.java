package org.jiebang.platform.error;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Checks a form against its Bean Validation constraints; services call it before acting. The
 * messages are English whatever the server's locale, so that the API answers alike everywhere
 * (pages validate the same constraints in the visitor's language before a service is called).
 */
@ApplicationScoped
public class Inputs {

    private Validator validator;
    private MessageInterpolator interpolator;

    @PostConstruct
    void init() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        interpolator = configuration.getDefaultMessageInterpolator();
        validator = configuration.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, Locale.ENGLISH);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return interpolator.interpolate(template, context, Locale.ENGLISH);
            }
        }).buildValidatorFactory().getValidator();
    }

    /** The violation worded for Chinese pages (ValidationMessages_zh_CN and the validator's own Chinese texts). */
    private String chinese(ConstraintViolation<?> violation) {
        return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                throw new jakarta.validation.ValidationException("not supported: " + type);
            }
        }, Locale.SIMPLIFIED_CHINESE);
    }

    /** @throws InvalidInput naming every field that breaks its rule, in English and in Chinese for pages */
    public <T> T check(T form, Class<?>... groups) {
        if (form == null) {
            throw new InvalidInput("body", "a JSON body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(form, groups);
        if (!violations.isEmpty()) {
            throw InvalidInput.of(violations, this::chinese);
        }
        return form;
    }
}
