package org.jiebang.platform.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

/**
 * Puts a refusal's messages beside the fields they are about, in the order the fields stand on the
 * page; the field keeps what was typed. A field path of the API ({@code principal.name},
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
            if (target instanceof UIInput input) {
                Object declared = input.getAttributes().get("field");
                String field = keys.get(normalized(declared instanceof String path && !path.isBlank() ? path : input.getId()));
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

    /** {@code milestones[1].share} → {@code milestones1share}; {@code principalName} → {@code principalname}. */
    static String normalized(String path) {
        return path == null ? "" : path.replaceAll("[.\\[\\]_]", "").toLowerCase(Locale.ROOT);
    }
}
