package org.jiebang.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiebang.platform.i18n.Language;
import org.jiebang.platform.pdf.PdfFonts;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The contract text, its hash, and the two PDFs: the contract (zh, en) and the acceptance report. */
class ContractDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    static ContractFacts facts(Contract c, List<Payment> payments) {
        return new ContractFacts(c, "固态电池电解质界面攻关", "嘉兴恒泰新能源科技有限公司", "长三角先进材料研究院",
                List.of("浙北工业大学"), payments, Map.of(1L, "赵建国", 2L, "郑海涛"));
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page));
        }
        reader.close();
        return all.toString().replaceAll("\\s+", "");
    }

    @Test
    void theTextSignedIsTheChineseTextAndAnyChangeChangesItsHash() {
        Contract c = Contracts.aDraft(false);
        String before = ContractDocuments.sha256(facts(c, List.of()));
        assertEquals(64, before.length());
        assertEquals(before, ContractDocuments.sha256(facts(c, List.of())), "the same text, the same hash");
        String text = ContractDocuments.plain(ContractDocuments.text(facts(c, List.of()), Language.CHINESE));
        assertTrue(text.contains("委托方（甲方）：嘉兴恒泰新能源科技有限公司") && text.contains("能量密度：目标值 ≥ 300 Wh/kg；乙方承诺 320 Wh/kg"),
                text);
        assertTrue(text.contains("合同金额：CNY 1,000,000.01") && text.contains("知识产权归甲方所有"), text);
        c.edit(new ContractForm(null, null, new BigDecimal("900000.00"), null, null, null, null), NOW);
        assertNotEquals(before, ContractDocuments.sha256(facts(c, List.of())));
    }

    @Test
    void theContractPdfCarriesTheTermsTheIndicatorsAndTheSignaturesInChineseAndEnglish() throws Exception {
        Contract c = Contracts.aDraft(false);
        String sha = ContractDocuments.sha256(facts(c, List.of()));
        c.sign(Party.CLIENT, 1, 10, sha, sha, NOW);
        ContractDocuments documents = new ContractDocuments();
        documents.fonts = PdfFonts.installed();
        String zh = text(documents.contractPdf(facts(c, List.of()), Language.CHINESE));
        assertTrue(zh.contains("技术合同") && zh.contains("技术开发") && zh.contains("长三角先进材料研究院"), zh);
        assertTrue(zh.contains("验收标准") && zh.contains("循环寿命") && zh.contains("≥2000次"), zh);
        assertTrue(zh.contains("赵建国") && zh.contains(sha), "the signature with its hash: " + zh);
        String en = text(documents.contractPdf(facts(c, List.of()), Language.ENGLISH));
        assertTrue(en.contains("Technologycontract") && en.contains("Technologydevelopment") && en.contains("Acceptancecriteria"), en);
    }

    @Test
    void theAcceptanceReportListsTargetsPromisesMeasuredValuesPaymentsAndSignatures() throws Exception {
        Contract c = MilestoneTest.signed();
        List<Measurement> measured = List.of(new Measurement("能量密度", "326"), new Measurement("循环寿命", "1800"));
        for (Milestone m : c.getMilestones()) {
            m.submit("交付：" + m.getTitle(), m.isFinal() ? measured : List.of(), Set.of(), 2, NOW);
            m.decide(true, null, 1, NOW);
        }
        c.close(NOW);
        Payment paid = new Payment(c.getId() == null ? 1 : c.getId(), 0, new BigDecimal("300000.00"), NOW, 1, Payment.Source.VOUCHER, 5L);
        ContractDocuments documents = new ContractDocuments();
        documents.fonts = PdfFonts.installed();
        String zh = text(documents.acceptancePdf(facts(c, List.of(paid)), Language.CHINESE));
        assertTrue(zh.contains("验收报告"), zh);
        assertTrue(zh.contains("能量密度：目标值≥300Wh/kg；承诺值320Wh/kg；实测值326Wh/kg；结论：达标"), zh);
        assertTrue(zh.contains("循环寿命：目标值≥2000次；承诺值2500次；实测值1800次；结论：未达标"), zh);
        assertTrue(zh.contains("创新券兑付") && zh.contains("CNY300,000.00") && zh.contains("交付：验收"), zh);
        assertTrue(zh.contains("赵建国") && zh.contains("郑海涛"), "both signatures: " + zh);
        String en = text(documents.acceptancePdf(facts(c, List.of(paid)), Language.ENGLISH));
        assertTrue(en.contains("Acceptancereport") && en.contains("measured326Wh/kg;verdict:Met"), en);
    }
}
