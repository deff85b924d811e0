package org.jiebang.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiebang.account.Organization;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeTest;
import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.persistence.BaseEntity;
import org.jiebang.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** SPEC §4: the bid lifecycle, the server's deadline, a complete bid, the receipt's hash. */
class BidTest {

    static final Instant NOW = ChallengeTest.NOW;
    static final Instant DEADLINE = NOW.plus(Duration.ofDays(30));

    static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Challenge challenge() {
        return withId(ChallengeTest.aPublished(DEADLINE), 3L);
    }

    static Organization lab() {
        return withId(TestDatabases.anOrganization("长三角先进材料研究院", "91330400MA2B3C4D5E"), 7L);
    }

    static BidForm complete() {
        BidForm form = new BidForm();
        form.setPrincipal(new Principal("郑海涛", "研究员", "主持国家重点研发计划项目 3 项"));
        form.setMembers(List.of(new TeamMember("李明", "电化学测试", "长三角先进材料研究院", "固态电解质")));
        form.setApproach("<p>采用 <strong>LLZO</strong> 界面包覆</p>");
        form.setIndicatorResponses(List.of(new IndicatorResponse("循环寿命", "≥ 2500 次")));
        form.setPrice(new BigDecimal("480000.00"));
        form.setDurationMonths(18);
        form.setMilestones(new ArrayList<>(List.of(new ProposedMilestone("材料定型", "配方与检测报告", 6, new BigDecimal("40.00")),
                new ProposedMilestone("中试验证", "中试报告", 18, new BigDecimal("60.00")))));
        return form;
    }

    static Bid aDraft() {
        Bid bid = withId(new Bid(challenge(), lab(), 11L, NOW), 12L);
        bid.edit(complete(), complete().getApproach(), NOW);
        return bid;
    }

    @Test
    void aDraftIsSubmittedWithdrawnAndResubmittedBeforeTheDeadline() {
        Bid bid = aDraft();
        assertEquals(BidStatus.DRAFT, bid.getStatus());
        bid.submit(NOW.plusSeconds(60));
        assertEquals(BidStatus.SUBMITTED, bid.getStatus());
        assertEquals(NOW.plusSeconds(60), bid.getSubmittedAt());
        bid.withdraw(NOW.plusSeconds(120));
        assertEquals(BidStatus.WITHDRAWN, bid.getStatus());
        assertFalse(bid.open(DEADLINE), "a withdrawn bid never opens");
        bid.submit(NOW.plusSeconds(180));
        assertEquals(NOW.plusSeconds(180), bid.getSubmittedAt(), "a resubmission gives a new receipt time");
        assertTrue(bid.open(DEADLINE));
        assertEquals(BidStatus.OPENED, bid.getStatus());
    }

    @Test
    void theServersClockDecidesTheDeadlineToTheMicrosecond() {
        Bid bid = aDraft();
        bid.submit(DEADLINE.minusNanos(1000));
        assertEquals(BidStatus.SUBMITTED, bid.getStatus(), "a microsecond before the deadline is in time");
        Bid late = aDraft();
        Conflict refused = assertThrows(Conflict.class, () -> late.submit(DEADLINE));
        assertEquals("DEADLINE_PASSED", refused.code());
        assertEquals("2026-12-23 10:00:00", refused.args()[0], "the message names the deadline in Beijing time");
        assertEquals(BidStatus.DRAFT, late.getStatus(), "a late submission changes nothing");
        assertThrows(Conflict.class, () -> bid.withdraw(DEADLINE.plusSeconds(1)));
        assertThrows(Conflict.class, () -> late.edit(complete(), null, DEADLINE));
        assertThrows(Conflict.class, () -> new Bid(challenge(), lab(), 11L, DEADLINE));
    }

    @Test
    void onlyASubmittedBidOpensAndOpenedBidsAreFinal() {
        Bid draft = aDraft();
        assertFalse(draft.open(DEADLINE), "drafts never open");
        assertEquals(BidStatus.DRAFT, draft.getStatus());
        Bid submitted = aDraft();
        submitted.submit(NOW);
        assertTrue(submitted.open(DEADLINE));
        assertFalse(submitted.open(DEADLINE), "exactly once");
        assertThrows(WrongState.class, () -> submitted.edit(complete(), null, NOW));
    }

    @Test
    void aCompleteBidAnswersEveryIndicatorAndItsSharesAddUpToAHundred() {
        Bid.checkComplete(complete(), challenge(), 7L);

        BidForm noPromise = complete();
        noPromise.setIndicatorResponses(List.of(new IndicatorResponse("循环寿命", null)));
        InvalidInput missing = assertThrows(InvalidInput.class, () -> Bid.checkComplete(noPromise, challenge(), 7L));
        assertEquals("indicatorResponses[0].promised", missing.errors().get(0).field());

        BidForm shares = complete();
        shares.getMilestones().get(1).setShare(new BigDecimal("59.99"));
        InvalidInput total = assertThrows(InvalidInput.class, () -> Bid.checkComplete(shares, challenge(), 7L));
        assertEquals("milestones", total.errors().get(0).field());
        assertTrue(total.errors().get(0).message().contains("99.99"), total.errors().get(0).message());

        BidForm late = complete();
        late.getMilestones().get(1).setMonth(19);
        assertEquals("milestones[1].month", assertThrows(InvalidInput.class,
                () -> Bid.checkComplete(late, challenge(), 7L)).errors().get(0).field());

        BidForm selfPartner = complete();
        selfPartner.setPartnerOrganizationIds(List.of(7L));
        assertEquals("partnerOrganizationIds", assertThrows(InvalidInput.class,
                () -> Bid.checkComplete(selfPartner, challenge(), 7L)).errors().get(0).field());
    }

    @Test
    void theReceiptHashIsRecomputableAndChangesWithTheContent() {
        Bid bid = aDraft();
        bid.submit(NOW);
        String receipt = bid.getReceiptSha256();
        assertTrue(receipt.matches("[0-9a-f]{64}"), receipt);
        assertEquals(receipt, BidCanonical.sha256(bid), "recomputing gives the same value");
        assertEquals(receipt, BidCanonical.sha256(BidCanonical.json(bid)));
        assertTrue(BidCanonical.json(bid).startsWith("{\"approach\":"), "RFC 8785: keys sorted");
        assertTrue(BidCanonical.json(bid).contains("\"price\":\"480000.00\""));
        assertTrue(BidCanonical.json(bid).contains("\"submittedAt\":\"2026-11-23T02:00:00.000000Z\""),
                "six fraction digits even on a whole second, as documented");

        BidForm changed = complete();
        changed.setPrice(new BigDecimal("480000.01"));
        bid.withdraw(NOW.plusSeconds(1));
        bid.edit(changed, changed.getApproach(), NOW.plusSeconds(1));
        assertNotEquals(receipt, BidCanonical.sha256(bid), "unless the bid changed");
        bid.submit(NOW.plusSeconds(2));
        assertNotEquals(receipt, bid.getReceiptSha256(), "a resubmission gives a new receipt");
    }

    @Test
    void theAuditStateCarriesNoSealedContent() {
        Bid bid = aDraft();
        bid.submit(NOW);
        String state = bid.auditState().toString();
        assertFalse(state.contains("480000") || state.contains("郑海涛") || state.contains("LLZO"), state);
        assertEquals(Set.of("challengeId", "leadOrganizationId", "status", "receiptSha256"), bid.auditState().keySet());
    }
}
