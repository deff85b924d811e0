package org.jiebang.bid;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.i18n.Language;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.pdf.PdfFonts;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The receipt of a bid submission as a PDF (SPEC §4), in Chinese and English, with a subset of a
 * CJK font embedded (see {@link PdfFonts}).
 */
@ApplicationScoped
public class ReceiptPdf {

    /** A label in Chinese and English, as the bundles word it (the receipt is bilingual). */
    private static String both(String key) {
        return Wording.format(Language.CHINESE, key) + " " + Wording.format(Language.ENGLISH, key);
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(Clocks.DISPLAY_ZONE);
    @Inject
    PdfFonts fonts;

    /** The receipt of {@code bid}'s latest submission. */
    public byte[] of(BidView bid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(both("receipt.title") + " " + bid.id());
            doc.open();
            BaseFont base = fonts.font();
            Font title = new Font(base, 16, Font.BOLD);
            Font text = new Font(base, 10.5f);
            Font small = new Font(base, 8.5f);
            doc.add(new Paragraph(both("receipt.title"), title));
            doc.add(new Paragraph(" ", text));
            PdfPTable table = new PdfPTable(new float[] { 2, 5 });
            table.setWidthPercentage(100);
            row(table, text, both("receipt.challenge"), bid.challengeTitle() + " (No. " + bid.challengeId() + ")");
            row(table, text, both("receipt.lead"), bid.leadOrganizationName());
            row(table, text, both("receipt.principal"), bid.principal().getName() + " · " + bid.principal().getTitle());
            row(table, text, both("receipt.bid"), String.valueOf(bid.id()));
            row(table, text, both("receipt.submittedAt"), SHOWN.format(bid.receipt().submittedAt()) + " (Asia/Shanghai, UTC+8)");
            row(table, text, both("receipt.submittedAtUtc"), bid.receipt().submittedAt().toString());
            row(table, text, both("receipt.sha256"), bid.receipt().sha256());
            row(table, text, both("receipt.deadline"), SHOWN.format(bid.deadline()) + " (Asia/Shanghai)");
            doc.add(table);
            doc.add(new Paragraph(" ", text));
            doc.add(new Paragraph(Wording.format(Language.CHINESE, "receipt.explain"), small));
            doc.add(new Paragraph(Wording.format(Language.ENGLISH, "receipt.explain"), small));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the receipt of bid " + bid.id(), e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, Font font, String label, String value) {
        table.addCell(new Paragraph(label, font));
        table.addCell(new Paragraph(value == null ? "" : value, font));
    }
}
