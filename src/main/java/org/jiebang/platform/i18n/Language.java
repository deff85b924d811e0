package org.jiebang.platform.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the pages: Simplified Chinese unless the visitor chose English (SPEC §12). The
 * choice is a cookie set by {@link LanguageFilter}, so that public pages need no session.
 */
@Named
@RequestScoped
public class Language {

    public static final String COOKIE = "jiebang_lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "org.jiebang.messages";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie(request);
        }
        return locale;
    }

    public boolean isEnglish() {
        return ENGLISH.equals(getLocale());
    }

    /** The {@code lang} attribute of the page: {@code zh-CN} or {@code en}. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, getLocale());
    }

    public static Locale fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return ENGLISH;
                }
            }
        }
        return CHINESE;
    }
}
