package org.jiebang.platform.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Formatted text written in the browser's editor (a bid's technical approach): kept as HTML, but
 * only paragraphs, headings, lists, tables, emphasis and links survive on the server; scripts,
 * styles, event handlers and anything else are removed before the text is stored.
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "s", "table", "thead", "tbody", "tr", "th", "td")
            .removeProtocols("a", "href", "ftp", "mailto");

    private RichText() {
    }

    /** The HTML with only the allowed elements left; null or blank (also after cleaning) gives null. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", ALLOWED, output).strip();
        return Jsoup.parse(clean).text().isBlank() ? null : clean;
    }
}
