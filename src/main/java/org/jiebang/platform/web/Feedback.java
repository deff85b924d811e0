package org.jiebang.platform.web;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

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

    /** Runs {@code action}; on a refusal shows it and answers false. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException refusal) {
            show(refusal);
            return false;
        }
    }

    public static void show(DomainException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, faces.getViewRoot().getLocale());
        if (refusal instanceof InvalidInput invalid) {
            for (InvalidInput.FieldError error : invalid.errors()) {
                error(faces, text(bundle, "field." + error.field(), error.field()) + ": " + error.message());
            }
            return;
        }
        String message = text(bundle, "error." + refusal.code(), refusal.getMessage());
        error(faces, MessageFormat.format(message, refusal.args()));
    }

    /** Adds a global message of the bundle key {@code key}. */
    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, faces.getViewRoot().getLocale());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(text(bundle, key, key), args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
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
