package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The challenge lifecycle; its helpers also make challenges for other capabilities' tests. */
public class ChallengeTest {

    public static final Duration WEEK = Duration.ofDays(7);
    public static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    public static ChallengeForm aCompleteForm(Instant deadline) {
        ChallengeForm form = new ChallengeForm();
        form.setTitle("固态电池电解质界面稳定性攻关");
        form.setSummary("提高固态电池循环寿命");
        form.setBackground("背景");
        form.setProblem("界面阻抗随循环增长");
        form.setIndicators(new java.util.ArrayList<>(List.of(new Indicator("循环寿命", "≥ 2000", "次", "第三方检测"))));
        form.setField("ENERGY_STORAGE");
        form.setRegion("330402");
        form.setKeywords(new java.util.ArrayList<>(List.of("固态电池", "电解质")));
        form.setBudget(new BigDecimal("500000"));
        form.setDeadline(deadline);
        form.setDurationMonths(18);
        form.setIpTerms("成果归发榜方所有");
        return form;
    }

    public static Challenge aDraft(Instant deadline) {
        return new Challenge(null, 1L, aCompleteForm(deadline));
    }

    public static Challenge aPublished(Instant deadline) {
        Challenge c = aDraft(deadline);
        c.submit(NOW, WEEK);
        c.approve(NOW, WEEK);
        return c;
    }

    @Test
    void aDraftIsSubmittedReviewedAndPublished() {
        Challenge c = aDraft(NOW.plus(Duration.ofDays(30)));
        assertEquals(ChallengeStatus.DRAFT, c.getStatus());
        c.submit(NOW, WEEK);
        assertEquals(ChallengeStatus.PENDING_REVIEW, c.getStatus());
        assertEquals(NOW, c.getSubmittedAt());
        c.approve(NOW.plusSeconds(60), WEEK);
        assertEquals(ChallengeStatus.PUBLISHED, c.getStatus());
        assertEquals(NOW.plusSeconds(60), c.getPublishedAt());
        assertEquals(1, c.getContentVersion());
    }

    @Test
    void aReturnedChallengeCarriesCommentsAndCanBeEditedAndResubmitted() {
        Challenge c = aDraft(NOW.plus(Duration.ofDays(30)));
        c.submit(NOW, WEEK);
        assertThrows(RuleBroken.class, () -> c.returnForChanges(" "));
        c.returnForChanges("请补充技术指标的检测方法");
        assertEquals(ChallengeStatus.RETURNED, c.getStatus());
        assertEquals("请补充技术指标的检测方法", c.getReviewComments());
        ChallengeForm form = c.toForm();
        form.setTitle("修改后的标题");
        c.edit(form);
        c.submit(NOW, WEEK);
        c.approve(NOW, WEEK);
        assertEquals("修改后的标题", c.getTitle());
        assertNull(c.getReviewComments());
    }

    @Test
    void theDeadlineMustLieTheMinimumBiddingPeriodAfterPublication() {
        Challenge early = aDraft(NOW.plus(WEEK).minusSeconds(1));
        RuleBroken refusal = assertThrows(RuleBroken.class, () -> early.submit(NOW, WEEK));
        assertEquals("deadline", refusal.field());
        assertEquals(ChallengeStatus.DRAFT, early.getStatus());

        Challenge late = aDraft(NOW.plus(WEEK).plusSeconds(10));
        late.submit(NOW, WEEK);
        // reviewed a day later: the deadline is now too close
        assertThrows(RuleBroken.class, () -> late.approve(NOW.plus(Duration.ofDays(1)), WEEK));
        assertEquals(ChallengeStatus.PENDING_REVIEW, late.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = ChallengeStatus.class, names = { "PENDING_REVIEW", "PUBLISHED" })
    void onlyDraftsAndReturnedChallengesAreEdited(ChallengeStatus state) {
        Challenge c = state == ChallengeStatus.PUBLISHED ? aPublished(NOW.plus(Duration.ofDays(30)))
                : aDraft(NOW.plus(Duration.ofDays(30)));
        if (state == ChallengeStatus.PENDING_REVIEW) {
            c.submit(NOW, WEEK);
        }
        assertThrows(WrongState.class, () -> c.edit(c.toForm()));
    }

    @Test
    void aDraftCannotBePublishedWithoutReview() {
        Challenge c = aDraft(NOW.plus(Duration.ofDays(30)));
        assertThrows(WrongState.class, () -> c.approve(NOW, WEEK));
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheChallenge() {
        Challenge c = aPublished(NOW.plus(Duration.ofDays(30)));
        assertThrows(RuleBroken.class, () -> c.cancel("", NOW));
        c.cancel("需求已由内部团队解决", NOW);
        assertEquals(ChallengeStatus.CANCELLED, c.getStatus());
        assertThrows(WrongState.class, () -> c.submit(NOW, WEEK));
    }

    @Test
    void cancellingIsRefusedFromTheDeadlineOnSoThatSubmittedBidsOpen() {
        Instant deadline = NOW.plus(Duration.ofDays(30));
        Challenge c = aPublished(deadline);
        org.jiebang.platform.error.Conflict late = assertThrows(org.jiebang.platform.error.Conflict.class,
                () -> c.cancel("太迟了", deadline));
        assertEquals("DEADLINE_PASSED", late.code());
        assertEquals(ChallengeStatus.PUBLISHED, c.getStatus(), "nothing changed");
        c.cancel("截止前一微秒仍可取消", deadline.minusNanos(1000));
        assertEquals(ChallengeStatus.CANCELLED, c.getStatus());
    }

    @Test
    void biddingClosesAtTheDeadlineExactlyOnce() {
        Instant deadline = NOW.plus(Duration.ofDays(30));
        Challenge c = aPublished(deadline);
        assertTrue(c.isOpenForBids(deadline.minusNanos(1000)));
        assertFalse(c.close(deadline.minusNanos(1000), 2), "not before the deadline");
        assertFalse(c.isOpenForBids(deadline), "nothing is accepted at the deadline");
        assertTrue(c.close(deadline, 2));
        assertEquals(ChallengeStatus.EVALUATING, c.getStatus());
        assertEquals(deadline, c.getClosedAt());
        assertFalse(c.close(deadline.plusSeconds(30), 2), "a second close does nothing");
    }

    @Test
    void withoutAnOpenedBidTheCloseIsAFailure() {
        Instant deadline = NOW.plus(Duration.ofDays(30));
        Challenge c = aPublished(deadline);
        assertTrue(c.close(deadline, 0));
        assertEquals(ChallengeStatus.FAILED, c.getStatus(), "流榜, decided once at the close");
        assertEquals(deadline, c.getClosedAt());
    }

    @Test
    void anAmendmentIsVersionedAndLeavesAnEarlyDeadlineAlone() {
        Instant deadline = NOW.plus(Duration.ofDays(30));
        Challenge c = aPublished(deadline);
        ChallengeForm form = c.toForm();
        form.setBudget(new BigDecimal("600000"));
        Map<String, Object[]> changes = c.amend(form, NOW.plus(Duration.ofDays(1)));
        assertEquals(List.of("budget"), List.copyOf(changes.keySet()));
        assertEquals("500000.00", changes.get("budget")[0]);
        assertEquals(2, c.getContentVersion());
        assertEquals(deadline, c.getDeadline());
    }

    @Test
    void anAmendmentInTheLastThreeDaysExtendsTheDeadlineByThreeDays() {
        Instant deadline = NOW.plus(Duration.ofDays(30));
        Challenge c = aPublished(deadline);
        ChallengeForm form = c.toForm();
        form.setProblem("补充：界面阻抗需在 -20℃ 下测试");
        c.amend(form, deadline.minus(Duration.ofDays(3)).plusSeconds(1));
        assertEquals(deadline.plus(Duration.ofDays(3)), c.getDeadline());
    }

    @Test
    void noAmendmentAfterTheDeadlineNorOneThatChangesNothingNorAnEarlierDeadline() {
        Instant deadline = NOW.plus(Duration.ofDays(30));
        Challenge c = aPublished(deadline);
        assertThrows(RuleBroken.class, () -> c.amend(c.toForm(), NOW));
        ChallengeForm earlier = c.toForm();
        earlier.setDeadline(deadline.minusSeconds(60));
        assertThrows(RuleBroken.class, () -> c.amend(earlier, NOW));
        ChallengeForm late = c.toForm();
        late.setTitle("迟到的修改");
        assertThrows(WrongState.class, () -> c.amend(late, deadline));
    }

    @Test
    void statusMovesFollowTheLifecycle() {
        assertTrue(ChallengeStatus.PUBLISHED.canMoveTo(ChallengeStatus.EVALUATING));
        assertTrue(ChallengeStatus.EVALUATING.canMoveTo(ChallengeStatus.FAILED));
        assertTrue(ChallengeStatus.AWARD_PROPOSED.canMoveTo(ChallengeStatus.EVALUATING));
        assertFalse(ChallengeStatus.DRAFT.canMoveTo(ChallengeStatus.PUBLISHED));
        assertFalse(ChallengeStatus.PUBLISHED.canMoveTo(ChallengeStatus.DRAFT));
        assertFalse(ChallengeStatus.EVALUATING.canMoveTo(ChallengeStatus.CANCELLED));
        for (ChallengeStatus end : List.of(ChallengeStatus.CANCELLED, ChallengeStatus.FAILED, ChallengeStatus.COMPLETED,
                ChallengeStatus.TERMINATED)) {
            for (ChallengeStatus any : ChallengeStatus.values()) {
                assertFalse(end.canMoveTo(any), end + " is final");
            }
        }
        assertFalse(ChallengeStatus.DRAFT.isPublic());
        assertFalse(ChallengeStatus.PENDING_REVIEW.isPublic());
        assertFalse(ChallengeStatus.RETURNED.isPublic());
        assertFalse(ChallengeStatus.CANCELLED.isPublic());
        assertTrue(ChallengeStatus.PUBLISHED.isPublic());
    }
}
