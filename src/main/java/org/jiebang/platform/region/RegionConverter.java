package org.jiebang.platform.region;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A region field shows a code with its province ({@code 浙江省 330402}) and reads back the code at
 * its end, so that a suggestion picked from the list and a code typed by hand both give the code.
 * Anything else is passed on unchanged, for the {@link RegionCode} rule to name.
 */
@FacesConverter("jiebang.region")
public class RegionConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("(?:^|\\s)([0-9]{6})$").matcher(text);
        return code.find() ? code.group(1) : text;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return "";
        }
        boolean english = "en".equals(context.getViewRoot().getLocale().getLanguage());
        return Regions.choice(value, english);
    }
}
