package org.jiebang.platform.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

/**
 * Puts a refusal's messages beside the fields they are about, in the order the fields stand on the
 * page; the field keeps what was typed. Only an input with a {@code p:message} for it beside it
 * (as {@code jb:field} gives) takes one; any other message stays above the form. A field path of the API ({@code principal.name},
 * {@code milestones[1].share}) names the input whose {@code field} attribute is that path or, without
 * one, whose id is the path run together ({@code principalName}); letters are compared without
 * case. Inputs in rows carry {@code <f:attribute name="field" value="milestones[#{s.index}].share"/>}.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * Shows each message of {@code byField} beside its field, in page order; answers the messages
     * whose field is not on the page now (another step of a wizard, or no field at all).
     */
    static Map<String, List<String>> place(FacesContext faces, Map<String, List<String>> byField) {
        Map<String, List<String>> left = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        byField.forEach((field, texts) -> {
            left.put(field, new ArrayList<>(texts));
            keys.put(normalized(field), field);
        });
        if (faces.getViewRoot() == null || keys.isEmpty()) {
            return left;
        }
        VisitContext visit = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        faces.getViewRoot().visitTree(visit, (context, target) -> {
            if (target instanceof UIInput input && hasMessageBeside(input)) {
                Object declared = input.getAttributes().get("field");
                boolean named = declared instanceof String path && !path.isBlank();
                // an input in a row says which row's field it edits; its bare id would name the first row's
                String field = named ? keys.get(normalized((String) declared))
                        : inRow(input.getClientId(faces)) ? null : keys.get(normalized(input.getId()));
                List<String> texts = field == null ? null : left.remove(field);
                if (texts != null) {
                    String clientId = input.getClientId(faces);
                    // the input stays valid: marked invalid, it would render its (empty) submitted value
                    // instead of what the user typed; the message beside it marks it (jiebang.css)
                    for (String text : texts) {
                        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                    }
                }
            }
            return left.isEmpty() ? VisitResult.COMPLETE : VisitResult.ACCEPT;
        });
        return left;
    }

    /** Whether a {@code p:message} for the input stands beside it: only there can a message be seen. */
    private static boolean hasMessageBeside(UIInput input) {
        return input.getParent() != null && input.getParent().getChildren().stream()
                .anyMatch(c -> c instanceof UIMessage message && input.getId().equals(message.getFor()));
    }

    /** Whether a client id lies in a row of a repeat or a table ({@code bid:milestones:1:msShare}). */
    private static boolean inRow(String clientId) {
        return clientId.matches(".*:[0-9]+:.*");
    }

    /** {@code milestones[1].share} → {@code milestones1share}; {@code principalName} → {@code principalname}. */
    static String normalized(String path) {
        return path == null ? "" : path.replaceAll("[.\\[\\]_]", "").toLowerCase(Locale.ROOT);
    }
}
