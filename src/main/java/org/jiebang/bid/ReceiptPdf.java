package org.jiebang.bid;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.i18n.Language;
import org.jiebang.platform.i18n.Wording;

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
 * CJK font embedded: {@code jiebang.pdf.font} names it, else the Noto Sans CJK SC of Debian's
 * {@code fonts-noto-cjk} or WenQuanYi Zen Hei is used, whichever is installed.
 */
@ApplicationScoped
public class ReceiptPdf {

    private static final Logger LOG = Logger.getLogger(ReceiptPdf.class.getName());
    /** A label in Chinese and English, as the bundles word it (the receipt is bilingual). */
    private static String both(String key) {
        return Wording.format(Language.CHINESE, key) + " " + Wording.format(Language.ENGLISH, key);
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(Clocks.DISPLAY_ZONE);
    /** font file, with ",n" for a face of a collection */
    private static final List<String> KNOWN_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0");

    @Inject
    @ConfigProperty(name = "jiebang.pdf.font")
    Optional<String> configuredFont;

    private volatile BaseFont font;

    /** The receipt of {@code bid}'s latest submission. */
    public byte[] of(BidView bid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(both("receipt.title") + " " + bid.id());
            doc.open();
            BaseFont base = font();
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

    private BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                loaded = font;
            }
        }
        return loaded;
    }

    private BaseFont load() {
        List<String> candidates = configuredFont.filter(f -> !f.isBlank()).map(List::of).orElse(KNOWN_FONTS);
        for (String candidate : candidates) {
            String file = candidate.replaceFirst(",\\d+$", "");
            if (Files.isReadable(Path.of(file))) {
                try {
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    LOG.warning(() -> "cannot use the font " + candidate + ": " + e);
                }
            }
        }
        LOG.warning("no CJK font found for PDF receipts (set jiebang.pdf.font, or install fonts-noto-cjk); Chinese will be missing");
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
