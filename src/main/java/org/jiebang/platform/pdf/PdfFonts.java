package org.jiebang.platform.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.lowagie.text.pdf.BaseFont;

/**
 * The CJK font the PDFs (receipts, contracts, acceptance reports) embed a subset of:
 * {@code jiebang.pdf.font} names it, else the Noto Sans CJK SC of Debian's {@code fonts-noto-cjk}
 * or WenQuanYi Zen Hei is used, whichever is installed.
 */
@ApplicationScoped
public class PdfFonts {

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());
    /** font file, with ",n" for a face of a collection */
    private static final List<String> KNOWN_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0");

    @Inject
    @ConfigProperty(name = "jiebang.pdf.font")
    Optional<String> configuredFont;

    private volatile BaseFont font;

    /** The installed fonts, without configuration (for code run outside the server). */
    public static PdfFonts installed() {
        PdfFonts fonts = new PdfFonts();
        fonts.configuredFont = Optional.empty();
        return fonts;
    }

    public BaseFont font() {
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
        LOG.warning("no CJK font found for PDFs (set jiebang.pdf.font, or install fonts-noto-cjk); Chinese will be missing");
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
