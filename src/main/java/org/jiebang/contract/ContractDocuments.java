package org.jiebang.contract;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jiebang.platform.audit.AuditChain;
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
 * The contract text and its PDFs (SPEC §6). The text is made from a template in the message
 * bundles: in Chinese it is the contract of record, whose SHA-256 each party signs; in English it
 * is a translation given on request. The acceptance report (验收报告) lists each indicator's
 * target, promise and measured value, the deliverables, the payments and the signatures.
 */
@ApplicationScoped
public class ContractDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Clocks.DISPLAY_ZONE);

    @Inject
    PdfFonts fonts;

    /** A line of a document: a heading or a paragraph. */
    public record Line(boolean heading, String text) {
    }

    /** The text of the contract in a language, line by line. */
    public static List<Line> text(ContractFacts f, Locale locale) {
        Contract c = f.contract();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(true, t(locale, "contract.doc.title", String.valueOf(c.getId()), c.getTextVersion())));
        lines.add(new Line(false, t(locale, "contract.doc.type", t(locale, "contractType." + c.getType()))));
        lines.add(new Line(false, t(locale, "contract.doc.project", f.challengeTitle(), String.valueOf(c.getChallengeId()))));
        lines.add(new Line(false, t(locale, "contract.doc.client", f.clientName())));
        lines.add(new Line(false, t(locale, "contract.doc.contractor", f.contractorName())));
        if (!f.partnerNames().isEmpty()) {
            lines.add(new Line(false, t(locale, "contract.doc.partners", String.join(", ", f.partnerNames()))));
        }
        lines.add(new Line(false, t(locale, "contract.doc.amount", yuan(c.getAmount()))));
        lines.add(new Line(false, t(locale, "contract.doc.transactionAmount", yuan(c.getTransactionAmount()))));
        lines.add(new Line(false, t(locale, "contract.doc.term", c.getStartDate().toString(), c.getEndDate().toString())));
        lines.add(new Line(true, t(locale, "contract.doc.ip")));
        lines.add(new Line(false, c.getIpClause() == null || c.getIpClause().isBlank() ? t(locale, "contract.doc.ipNone")
                : c.getIpClause()));
        lines.add(new Line(true, t(locale, "contract.doc.criteria")));
        int n = 1;
        for (ContractIndicator i : c.getIndicators()) {
            lines.add(new Line(false, t(locale, "contract.doc.indicator", n++, i.getName(), unit(i.getTarget(), i.getUnit()),
                    i.getPromised() == null ? "—" : unit(i.getPromised(), i.getUnit()), nz(i.getVerification()))));
        }
        lines.add(new Line(true, t(locale, "contract.doc.milestones")));
        n = 1;
        for (Milestone m : c.getMilestones()) {
            lines.add(new Line(false, t(locale, "contract.doc.milestone", n++, m.getTitle(), m.getDueDate().toString(),
                    yuan(m.getAmount()), m.getIndicators().isEmpty() ? "—" : String.join(", ", m.getIndicators()),
                    m.isGate() ? t(locale, "contract.doc.gate") : "", nz(m.getDeliverable()))));
        }
        lines.add(new Line(true, t(locale, "contract.doc.terms")));
        lines.add(new Line(false, t(locale, "contract.doc.termsText")));
        return lines;
    }

    /** The SHA-256 of the Chinese text: what each party signs. */
    public static String sha256(ContractFacts facts) {
        return AuditChain.sha256(plain(text(facts, Language.CHINESE)));
    }

    /** The text as plain text, one line per line. */
    public static String plain(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.text()).append('\n');
        }
        return out.toString();
    }

    /** The contract as a PDF in a language, with its signatures. */
    public byte[] contractPdf(ContractFacts f, Locale locale) {
        List<Line> lines = new ArrayList<>(text(f, locale));
        lines.add(new Line(true, t(locale, "contract.doc.signatures")));
        lines.addAll(signatures(f, locale));
        lines.add(new Line(false, t(locale, "contract.doc.sha256", sha256(f))));
        return pdf(lines, t(locale, "contract.doc.pdfTitle", String.valueOf(f.contract().getId())));
    }

    /** The acceptance report (验收报告) of a closed contract. */
    public byte[] acceptancePdf(ContractFacts f, Locale locale) {
        Contract c = f.contract();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(true, t(locale, "acceptance.doc.title", String.valueOf(c.getId()))));
        lines.add(new Line(false, t(locale, "contract.doc.project", f.challengeTitle(), String.valueOf(c.getChallengeId()))));
        lines.add(new Line(false, t(locale, "contract.doc.client", f.clientName())));
        lines.add(new Line(false, t(locale, "contract.doc.contractor", f.contractorName())));
        lines.add(new Line(false, t(locale, "acceptance.doc.status", t(locale, "contractStatus." + c.getStatus()),
                c.getEndedAt() == null ? "—" : TIME.format(c.getEndedAt()))));
        if (c.getRegistrationNumber() != null) {
            lines.add(new Line(false, t(locale, "acceptance.doc.registration", c.getRegistrationNumber())));
        }
        lines.add(new Line(true, t(locale, "acceptance.doc.indicators")));
        int n = 1;
        for (ContractIndicator i : c.getIndicators()) {
            String measured = f.measured(i.getName());
            Boolean met = IndicatorCheck.met(i.getTarget(), measured);
            lines.add(new Line(false, t(locale, "acceptance.doc.indicator", n++, i.getName(), unit(i.getTarget(), i.getUnit()),
                    i.getPromised() == null ? "—" : unit(i.getPromised(), i.getUnit()),
                    measured == null ? "—" : unit(measured, i.getUnit()),
                    t(locale, met == null ? "indicator.metUnknown" : met ? "indicator.met" : "indicator.notMet"))));
        }
        lines.add(new Line(true, t(locale, "acceptance.doc.milestones")));
        n = 1;
        for (Milestone m : c.getMilestones()) {
            lines.add(new Line(false, t(locale, "acceptance.doc.milestone", n++, m.getTitle(),
                    t(locale, "milestoneStatus." + m.getStatus()), m.getAcceptedAt() == null ? "—" : TIME.format(m.getAcceptedAt()),
                    yuan(m.getAmount()), yuan(f.paidOn(m.getId())), nz(m.getDeliverables()))));
        }
        lines.add(new Line(true, t(locale, "acceptance.doc.payments")));
        for (Payment p : f.payments()) {
            lines.add(new Line(false, t(locale, "acceptance.doc.payment", TIME.format(p.getPaidAt()), yuan(p.getAmount()),
                    t(locale, "paymentSource." + p.getSource()))));
        }
        lines.add(new Line(false, t(locale, "acceptance.doc.paidTotal", yuan(f.paid()), yuan(c.getAmount()))));
        lines.add(new Line(true, t(locale, "contract.doc.signatures")));
        lines.addAll(signatures(f, locale));
        return pdf(lines, t(locale, "acceptance.doc.title", String.valueOf(c.getId())));
    }

    private static List<Line> signatures(ContractFacts f, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (Signature s : f.contract().getSignatures()) {
            if (s.isValid()) {
                lines.add(new Line(false, t(locale, "contract.doc.signature", t(locale, "party." + s.getParty()),
                        f.userNames().getOrDefault(s.getUserId(), "#" + s.getUserId()), TIME.format(s.getSignedAt()),
                        s.getSha256())));
            }
        }
        if (lines.isEmpty()) {
            lines.add(new Line(false, t(locale, "contract.doc.unsigned")));
        }
        return lines;
    }

    private byte[] pdf(List<Line> lines, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.open();
            BaseFont base = fonts.font();
            Font heading = new Font(base, 12.5f, Font.BOLD);
            Font text = new Font(base, 10.5f);
            boolean first = true;
            for (Line line : lines) {
                Paragraph p = new Paragraph(line.text(), first ? new Font(base, 16, Font.BOLD) : line.heading() ? heading : text);
                if (line.heading()) {
                    p.setSpacingBefore(first ? 0 : 8);
                    p.setSpacingAfter(4);
                }
                doc.add(p);
                first = false;
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write " + title, e);
        }
        return out.toByteArray();
    }

    static String t(Locale locale, String key, Object... args) {
        return Wording.format(locale, key, args);
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** A value with its unit, unless it carries the unit already ({@code ≥ 2500 次}). */
    private static String unit(String value, String unit) {
        return unit == null || unit.isBlank() || value.strip().endsWith(unit.strip()) ? value : value + " " + unit;
    }

    /** {@code CNY 800,000.00}, the same in both languages. */
    static String yuan(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "CNY " + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String time(Instant at) {
        return at == null ? "—" : TIME.format(at);
    }
}
