package org.jiebang.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A bid's formatted approach keeps its formatting and loses everything that could run. */
class RichTextTest {

    @Test
    void formattingStays() {
        String html = "<h3>技术路线</h3><p>采用 <strong>LLZO</strong> 包覆</p><ul><li>一</li></ul>";
        assertEquals(html, RichText.sanitize(html));
    }

    @Test
    void scriptsHandlersAndStylesGo() {
        String clean = RichText.sanitize("<p onclick=\"alert(1)\" style=\"color:red\">文字<script>alert(2)</script>"
                + "<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">链接</a><iframe src=//evil></iframe></p>");
        assertFalse(clean.contains("alert") || clean.contains("script") || clean.contains("style")
                || clean.contains("iframe") || clean.contains("img"), clean);
        assertTrue(clean.contains("文字") && clean.contains("链接"), clean);
    }

    @Test
    void emptyTextIsNoText() {
        assertNull(RichText.sanitize("<p><br></p>"));
        assertNull(RichText.sanitize("  "));
        assertNull(RichText.sanitize(null));
    }
}
