package org.jiebang.challenge.web;

import java.util.List;
import java.util.Locale;

/**
 * Marks the search terms in a text for the hall (DESIGN: search terms highlighted): escapes the
 * text as HTML and wraps every stretch covered by a term in {@code <mark>}. Overlapping Chinese
 * bigrams ({@code 锂电}, {@code 电池}) mark one stretch.
 */
public final class Highlighter {

    private Highlighter() {
    }

    public static String highlight(String text, List<String> terms) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        for (String term : terms) {
            String t = term.toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
                for (int i = at; i < at + t.length() && i < marked.length; i++) {
                    marked[i] = true;
                }
            }
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && !open) {
                html.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                html.append("</mark>");
                open = false;
            }
            escape(text.charAt(i), html);
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    private static void escape(char c, StringBuilder html) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
