package org.jiebang.platform.i18n;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code ?lang=zh} or {@code ?lang=en} on any page keeps the choice in a cookie and shows the same
 * page again. The API is left alone: there {@code lang} chooses the language of a document (a PDF).
 */
public class LanguageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!api && "GET".equals(request.getMethod()) && ("zh".equals(lang) || "en".equals(lang))) {
            Cookie cookie = new Cookie(Language.COOKIE, lang);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            response.sendRedirect(request.getRequestURI() + withoutLang(request.getQueryString()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String withoutLang(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.startsWith("lang=") && !pair.isEmpty()) {
                kept.append(kept.length() == 0 ? '?' : '&').append(pair);
            }
        }
        return kept.toString();
    }
}
