package org.jiebang.bid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The PDF receipt carries the time and the hash, and its Chinese text is real text (an embedded CJK font). */
class ReceiptPdfTest {

    @Test
    void theReceiptNamesTheHashAndTheTimeInChineseAndEnglish() throws Exception {
        String sha = "bacd4baa0b113544feab872b1918b8dd146c0546591b5eace18205cf3601aaa4";
        BidView bid = new BidView(12L, 3L, "固态电池电解质界面攻关", Instant.parse("2026-12-23T02:00:00Z"), 7L,
                "长三角先进材料研究院", BidStatus.SUBMITTED, new Principal("郑海涛", "研究员", "业绩"), List.of(), List.of(),
                List.of(), "<p>方案</p>", List.of(), new BigDecimal("480000.00"), 18, List.of(), List.of(),
                new BidView.Receipt(Instant.parse("2026-11-23T06:00:00.123456Z"), sha), null, null, null, null, false);
        ReceiptPdf pdf = new ReceiptPdf();
        pdf.fonts = org.jiebang.platform.pdf.PdfFonts.installed();
        byte[] bytes = pdf.of(bid);
        PdfReader reader = new PdfReader(bytes);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        reader.close();
        assertTrue(text.contains(sha), text);
        assertTrue(text.contains("2026-11-2314:00:00.123456"), "Beijing time: " + text);
        assertTrue(text.contains("揭榜申报回执") && text.contains("固态电池电解质界面攻关") && text.contains("郑海涛"), text);
        assertTrue(bytes.length < 1_000_000, "a font subset, not the whole font: " + bytes.length);
    }
}
