package org.jiebang.platform.web;

import java.sql.SQLIntegrityConstraintViolationException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import org.jiebang.platform.error.Causes;
import org.jiebang.platform.error.DomainException;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.i18n.Language;

/**
 * Page side of the refusals: runs an action of a backing bean and shows a refusal as a message in
 * the page's language ({@code error.CODE} of the bundle), naming the field where there is one.
 * Nothing the user typed is lost: the page stays as it was.
 */
public final class Feedback {

    private Feedback() {
    }

    /** Answers the page request 404 (a GET page's id names nothing the caller may see), rendering nothing more. */
    public static void notFound() throws java.io.IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not Found");
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** A whole-number request parameter, or null when it is absent or not a number. */
    public static Long longParameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        if (value == null || value.isBlank() || value.length() > 18) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Runs {@code action}; on a refusal, a concurrent change or a duplicate shows a message and
     * answers false (the page keeps what was typed). Anything else goes to the error page.
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            DomainException refusal = Causes.find(e, DomainException.class);
            if (refusal != null) {
                show(refusal);
            } else if (Causes.find(e, OptimisticLockException.class) != null) {
                errorKey("error.CHANGED_BY_SOMEONE_ELSE");
            } else if (Causes.find(e, SQLIntegrityConstraintViolationException.class) != null) {
                errorKey("error.CONFLICT");
            } else {
                throw e;
            }
            return false;
        }
    }

    /**
     * The label of a field path: {@code field.price}; for a row of a list
     * ({@code milestones[1].share}) the label of {@code field.milestones.share} and the row number.
     */
    static String fieldLabel(ResourceBundle bundle, String field) {
        if (field == null) {
            return "";
        }
        String exact = text(bundle, "field." + field, null);
        if (exact != null) {
            return exact;
        }
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(field);
        if (row.find()) {
            String label = text(bundle, "field." + field.replaceAll("\\[\\d+\\]", ""), null);
            if (label != null) {
                return label + " (" + (Integer.parseInt(row.group(1)) + 1) + ")";
            }
        }
        return field;
    }

    public static void show(DomainException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, faces.getViewRoot().getLocale());
        Map<String, List<String>> byField = new LinkedHashMap<>();
        if (refusal instanceof InvalidInput invalid) {
            for (InvalidInput.FieldError error : invalid.errors()) {
                byField.computeIfAbsent(error.field() == null ? "" : error.field(), f -> new ArrayList<>())
                        .add(ruleText(bundle, error, faces.getViewRoot().getLocale()));
            }
        } else {
            Object[] args = refusal.args().clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof java.time.Duration duration) {
                    args[i] = org.jiebang.platform.i18n.Wording.duration(duration, faces.getViewRoot().getLocale());
                }
            }
            String message = MessageFormat.format(text(bundle, "error." + refusal.code(), refusal.getMessage()), args);
            // only a broken rule about a field stands beside it; a wrong state or a conflict is about the whole thing
            if (refusal.field() == null || !(refusal instanceof org.jiebang.platform.error.RuleBroken)) {
                error(faces, message);
                return;
            }
            byField.put(refusal.field(), List.of(message));
        }
        Map<String, List<String>> elsewhere = FieldMessages.place(faces, byField);
        int placed = byField.values().stream().mapToInt(List::size).sum()
                - elsewhere.values().stream().mapToInt(List::size).sum();
        if (placed > 0) {
            // one line above the form says how many fields below need changing, however few
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(text(bundle, "form.fixMarked", "{0}"), placed), null));
        }
        boolean invalidInput = refusal instanceof InvalidInput;
        elsewhere.forEach((field, texts) -> texts.forEach(rule -> error(faces,
                field.isEmpty() || !invalidInput ? rule : fieldLabel(bundle, field) + ": " + rule)));
        faces.validationFailed();
    }

    /** What is wrong with a field, in the page's words: the bundle's rule when it has one, never a validator's default text. */
    private static String ruleText(ResourceBundle bundle, InvalidInput.FieldError error, java.util.Locale locale) {
        String worded = error.message(locale);
        if (error.key() == null) {
            return worded;
        }
        String rule = text(bundle, "rule." + error.key(), worded);
        return error.args().isEmpty() ? rule : MessageFormat.format(rule, error.args().toArray());
    }

    /** Adds a global message of the bundle key {@code key}. */
    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, faces.getViewRoot().getLocale());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(text(bundle, key, key), args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Redirects to a page of the app ({@code /challenge/view?id=3}), keeping the flash, and with
     * it the messages just added, for the page redirected to.
     */
    public static void redirect(String appPath) throws java.io.IOException {
        jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setRedirect(true);
        external.redirect(external.getRequestContextPath() + appPath);
    }

    public static void errorKey(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, faces.getViewRoot().getLocale());
        error(faces, MessageFormat.format(text(bundle, key, key), args));
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
