package org.jiebang.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jiebang.bid.BidColumns;
import org.jiebang.bid.IndicatorResponse;
import org.jiebang.bid.ProposedMilestone;
import org.jiebang.bid.TeamMember;
import org.jiebang.challenge.ChallengeColumns;
import org.jiebang.challenge.Indicator;
import org.jiebang.contract.ContractColumns;
import org.jiebang.contract.ContractIndicator;
import org.jiebang.contract.Measurement;
import org.jiebang.outcome.PatentNumber;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.persistence.JsonLongs;
import org.jiebang.platform.persistence.JsonStrings;
import org.jiebang.platform.persistence.UtcInstantConverter;

/**
 * A living market for the demo ({@code jiebang.demo}): some thirty challenges of the demo firms,
 * across fields and regions and in every state — pending review, published with questions and
 * sealed bids, cancelled, evaluating with a panel's scores, failed, on public notice with an
 * objection, awarded, in execution with milestones (one overdue, one paid with a voucher),
 * completed with measured indicators and confirmed outcomes, terminated — dated relative to the
 * day it is loaded, so that a newcomer's first look at the hall, the notices, the showcase, the
 * statistics and a trace is a working market. Written once (the first title marks it), in one
 * transaction, after the demo accounts; each challenge is put in the search change log so that
 * the hall finds it.
 */
final class DemoMarket {

    private static final Logger LOG = Logger.getLogger(DemoMarket.class.getName());
    private static final UtcInstantConverter UTC = new UtcInstantConverter();

    /** One demo challenge: who posts it, what it asks, and how far it has gone. */
    record Spec(String state, String firm, String field, String region, String title, String summary, String problem,
            long budgetWan, List<String> indicators, int ageDays, List<String> bidders) {
    }

    static final List<String> EXPERTS = List.of("expert.chen", "expert.zhang");

    private final Connection db;
    private final Instant now;
    private final Map<String, long[]> users = new HashMap<>(); // username → [user id, organization id]
    private int registrations;
    /** The bids submitted and the contracts signed, whose hashes the app computes afterwards ({@link DemoSeals}). */
    final List<Long> submittedBids = new ArrayList<>();
    final List<Long> signedContracts = new ArrayList<>();

    private DemoMarket(Connection db, Instant now) {
        this.db = db;
        this.now = now;
    }

    /** Writes the market unless it is there already; answers what it wrote (null when it was there). */
    static DemoMarket load(DataSource dataSource, Clock clock) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            boolean autoCommit = db.getAutoCommit();
            db.setAutoCommit(false);
            try {
                DemoMarket market = new DemoMarket(db, clock.instant());
                if (market.present()) {
                    db.rollback();
                    return null;
                }
                int n = market.write(DemoChallenges.ALL);
                db.commit();
                LOG.info(() -> "demo data: a market of " + n + " challenges");
                return market;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(autoCommit);
            }
        }
    }

    private boolean present() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM challenge WHERE title = ?")) {
            s.setString(1, DemoChallenges.ALL.get(0).title());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    private int write(List<Spec> specs) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT u.username, u.id, u.organization_id FROM app_user u")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    users.put(r.getString(1), new long[] { r.getLong(2), r.getLong(3) });
                }
            }
        }
        int i = 0;
        for (Spec spec : specs) {
            challenge(spec, i++);
        }
        return specs.size();
    }

    private String firmUser(long[] firm) {
        return users.entrySet().stream().filter(e -> e.getValue()[0] == firm[0]).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private long[] user(String username) {
        long[] u = users.get(username);
        if (u == null) {
            throw new IllegalStateException("demo account missing: " + username);
        }
        return u;
    }

    private Instant ago(double days) {
        return now.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    private void challenge(Spec spec, int index) throws SQLException {
        long[] firm = user(spec.firm());
        String state = spec.state();
        boolean published = !state.equals("PENDING_REVIEW");
        boolean open = state.equals("PUBLISHED") || state.equals("CANCELLED");
        Instant created = ago(spec.ageDays() + 3);
        Instant submitted = ago(spec.ageDays() + 2);
        Instant publishedAt = published ? ago(spec.ageDays()) : null;
        Instant deadline = open ? now.plus(Duration.ofDays(12 + index % 20)).plus(Duration.ofHours(10))
                : published ? publishedAt.plus(Duration.ofDays(Math.max(8, spec.ageDays() / 3))) : now.plus(Duration.ofDays(40));
        if (!open && published && deadline.isAfter(ago(1))) {
            deadline = ago(1);
        }
        Instant closedAt = published && !open ? deadline : null;
        Instant completedAt = state.equals("COMPLETED") ? ago(2 + index % 9) : null;
        Instant endedAt = switch (state) {
            case "CANCELLED" -> min(publishedAt.plus(Duration.ofDays(4)), now.minus(Duration.ofHours(1)));
            case "FAILED" -> spec.bidders().isEmpty() ? closedAt : min(closedAt.plus(Duration.ofDays(2)), now.minusSeconds(600));
            default -> null;
        };
        BigDecimal budget = BigDecimal.valueOf(spec.budgetWan() * 10_000L).setScale(2);
        long id = insert("INSERT INTO challenge (version, created_at, updated_at, owner_organization_id, created_by, title, summary,"
                + " background, problem, field_code, industry, region, budget, deadline, duration_months, ip_terms,"
                + " confidential_details, max_awards, evaluation, status, submitted_at, published_at, closed_at, ended_at,"
                + " amendments, cancel_reason) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 18, ?, ?, 1, 'SINGLE', ?, ?, ?,"
                + " ?, ?, 0, ?)", t(created), t(completedAt != null ? completedAt : endedAt != null ? endedAt : closedAt != null ? closedAt
                        : publishedAt != null ? publishedAt : submitted), firm[1], firm[0],
                spec.title(), spec.summary(), "企业年产值约 " + (5 + index * 3 % 40) + " 亿元，该问题制约主要产品的竞争力和出口。",
                spec.problem(), spec.field(), "制造业", spec.region(), budget, t(deadline),
                "成果知识产权归发榜方所有，揭榜方享有署名权和非商业使用权", "工艺参数与现场数据（仅签署保密承诺的揭榜方可见）",
                state, t(submitted), t(publishedAt), t(closedAt), t(endedAt),
                state.equals("CANCELLED") ? "企业已通过并购获得该技术，不再需要外部攻关" : null);
        List<String[]> indicators = new ArrayList<>();
        List<Indicator> posted = new ArrayList<>();
        for (String line : spec.indicators()) {
            String[] p = line.split("\\|");
            indicators.add(p);
            posted.add(new Indicator(p[0], p[1], p[2], p[3]));
        }
        update("UPDATE challenge SET indicators = ? WHERE id = ?",
                new ChallengeColumns.Indicators().convertToDatabaseColumn(posted), id);
        update("INSERT INTO search_change (challenge_id, at) VALUES (?, ?)", id, t(now));
        if (!published) {
            return;
        }
        if (open || index % 3 == 0) {
            questions(id, publishedAt, spec);
        }

        // bids: sealed while open, opened at the close
        List<long[]> bids = new ArrayList<>(); // [bid id, lead organization id, user id]
        boolean awarded = List.of("AWARDED", "IN_EXECUTION", "COMPLETED", "TERMINATED").contains(state);
        for (int b = 0; b < spec.bidders().size(); b++) {
            long[] researcher = user(spec.bidders().get(b));
            String status = open ? "SUBMITTED" : state.equals("FAILED") ? "DISQUALIFIED"
                    : state.equals("AWARD_PROPOSED") || state.equals("EVALUATING") ? "OPENED" : b == 0 ? "AWARDED" : "NOT_AWARDED";
            Instant bidAt = publishedAt.plus(Duration.between(publishedAt, open ? now : closedAt).dividedBy(2 + b));
            BigDecimal price = budget.multiply(BigDecimal.valueOf(88 + b * 5L)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            String[] principal = DemoChallenges.PRINCIPALS.get(spec.bidders().get(b));
            List<IndicatorResponse> promised = new ArrayList<>();
            for (String[] ind : indicators) {
                promised.add(new IndicatorResponse(ind[0], DemoChallenges.promise(ind[1])));
            }
            long bid = insert("INSERT INTO bid (version, created_at, updated_at, started_at, challenge_id, lead_organization_id,"
                    + " live_organization_id, created_by, status, principal_name, principal_title, principal_record, approach,"
                    + " price, duration_months, submitted_at, receipt_sha256, opened_at, disqualify_reason, members,"
                    + " indicator_responses, milestones) VALUES (0, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t(bidAt.minusSeconds(3600)), t(bidAt),
                    t(bidAt.minusSeconds(3600)), id, researcher[1],
                    researcher[1], researcher[0], status, principal[0], principal[1], principal[2],
                    "<p>" + DemoChallenges.approach(spec, b) + "</p>", price, 16 + b * 2, t(bidAt), sha("bid " + id + " " + b),
                    open ? null : t(closedAt), status.equals("DISQUALIFIED") ? "未按要求提供中试条件证明材料" : null,
                    new BidColumns.Members().convertToDatabaseColumn(List.of(new TeamMember(principal[0], "项目负责人",
                            DemoChallenges.orgName(spec.bidders().get(b)), spec.field().toLowerCase()))),
                    new BidColumns.IndicatorResponses().convertToDatabaseColumn(promised),
                    new BidColumns.Milestones().convertToDatabaseColumn(List.of(
                            new ProposedMilestone("小试验证", "小试样品与检测报告", 6, new BigDecimal("40.00")),
                            new ProposedMilestone("中试与验收", "中试线运行报告与第三方检测报告", 16, new BigDecimal("60.00")))));
            bids.add(new long[] { bid, researcher[1], researcher[0], price.movePointRight(2).longValueExact(), 16 + b * 2L });
            submittedBids.add(bid);
            update("INSERT INTO bid_receipt (bid_id, submitted_at, sha256, submitted_by) VALUES (?, ?, ?, ?)", bid, t(bidAt),
                    sha("bid " + id + " " + b), researcher[0]);
        }
        if (open) {
            return;
        }

        // the panel and its scores
        Instant panelAt = closedAt.plus(Duration.ofHours(20));
        boolean scored = !state.equals("FAILED") || !bids.isEmpty();
        if (!bids.isEmpty()) {
            for (String expert : EXPERTS) {
                long[] e = user(expert);
                update("INSERT INTO panel_member (challenge_id, expert_id, status, chosen_by, added_at) VALUES (?, ?, 'ACTIVE',"
                        + " 'DRAW', ?)", id, e[0], t(panelAt));
                for (int b = 0; b < bids.size() && scored; b++) {
                    boolean done = !state.equals("EVALUATING") || expert.equals("expert.chen");
                    int base = 88 - b * 9 - (expert.equals("expert.zhang") ? 2 : 0);
                    Instant at = panelAt.plus(Duration.ofHours(30 + b));
                    update("INSERT INTO bid_score (version, created_at, updated_at, bid_id, challenge_id, expert_id, status,"
                            + " no_conflict_at, technical, technical_comment, team, team_comment, price, price_comment, schedule,"
                            + " schedule_comment, commercialization, commercialization_comment, submitted_at) VALUES (0, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t(at), t(at), bids.get(b)[0], id, e[0],
                            done ? "SUBMITTED" : "DRAFT", t(panelAt.plusSeconds(600)), base, "技术路线清晰，关键风险有预案",
                            base - 3, "团队在该方向有连续成果", base - 5, "报价合理", base - 2, "进度安排可行", base - 6,
                            "产业化路径需进一步论证", done ? t(at) : null);
                }
            }
        }
        if (state.equals("EVALUATING") || state.equals("FAILED")) {
            return;
        }

        // the award proposal, its notice and (for one) an objection
        Instant proposed = closedAt.plus(Duration.ofDays(3));
        if (state.equals("AWARD_PROPOSED")) {
            proposed = ago(1.5);
        }
        Instant noticeEnds = proposed.plus(Duration.ofDays(5));
        Instant finalized = awarded ? noticeEnds.plus(Duration.ofHours(2)) : null;
        long proposal = insert("INSERT INTO award_proposal (challenge_id, proposed_at, proposed_by, justification, follows_ranking,"
                + " notice_ends_at, status, finalized_at, bid_ids) VALUES (?, ?, 'staff.li', ?, TRUE, ?, ?, ?, ?)", id, t(proposed),
                "评审专家组综合评分排名第一，技术路线与指标承诺最优。", t(noticeEnds), awarded ? "FINAL" : "NOTICE", t(finalized),
                new JsonLongs().convertToDatabaseColumn(List.of(bids.get(0)[0])));
        if (state.equals("AWARD_PROPOSED") && bids.size() > 1 && index % 2 == 0) {
            update("INSERT INTO objection (challenge_id, proposal_id, bid_id, objector_id, reason, lodged_at, status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'OPEN')", id, proposal, bids.get(1)[0], bids.get(1)[2],
                    "我方方案的循环寿命承诺高于拟揭榜方，请评审组复核技术评分。", t(proposed.plus(Duration.ofHours(20))));
        }
        if (!awarded) {
            return;
        }
        contract(spec, id, bids.get(0), firm, finalized, indicators, index, completedAt);
    }

    private void questions(long challenge, Instant publishedAt, Spec spec) throws SQLException {
        long[] asker = user(spec.bidders().isEmpty() ? "zbut.wu" : spec.bidders().get(0));
        Instant asked = publishedAt.plus(Duration.ofHours(30));
        update("INSERT INTO challenge_question (challenge_id, asker_id, question, asked_at, answer, answered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", challenge, asker[0], "第三方检测是否可以由揭榜方推荐的 CNAS 认可实验室承担？", t(asked),
                "可以，但须经发榜方书面确认，检测费用由揭榜方承担。", t(min(asked.plus(Duration.ofHours(18)), now.minusSeconds(600))));
        update("INSERT INTO challenge_question (challenge_id, asker_id, question, asked_at) VALUES (?, ?, ?, ?)", challenge,
                asker[0], "中试阶段能否使用发榜方现有产线的空闲时段？", t(min(asked.plus(Duration.ofDays(2)), now.minusSeconds(300))));
    }

    /**
     * The contract drafted from the winning bid, as the app drafts it: amount = the bid's price, the
     * term = the bid's duration, its milestones (40 % at month 6, the rest at the end, covering the
     * indicators); then signed, registered, delivered and paid as far as the challenge's state says.
     */
    private void contract(Spec spec, long challenge, long[] bid, long[] firm, Instant awarded, List<String[]> indicators,
            int index, Instant completedAt) throws SQLException {
        String state = spec.state();
        boolean signed = !state.equals("AWARDED");
        Instant signedAt = signed ? awarded.plus(Duration.ofDays(6)) : null;
        boolean registered = signed && index % 5 != 1;
        String status = switch (state) {
            case "AWARDED" -> "DRAFT";
            case "COMPLETED" -> "CLOSED";
            case "TERMINATED" -> "TERMINATED";
            default -> "SIGNED";
        };
        BigDecimal amount = BigDecimal.valueOf(bid[3], 2);
        int months = (int) bid[4];
        LocalDate start = LocalDate.ofInstant(signed ? signedAt : awarded, Clocks.DISPLAY_ZONE);
        Instant ended = switch (status) {
            case "CLOSED" -> completedAt;
            case "TERMINATED" -> ago(4);
            default -> null;
        };
        String number = registered ? "330400" + start.getYear() + String.format("%05d", 120 + ++registrations) : null;
        long contract = insert("INSERT INTO contract (version, created_at, updated_at, challenge_id, award_bid_id,"
                + " client_organization_id, contractor_organization_id, contract_type, amount, transaction_amount, start_date,"
                + " end_date, ip_clause, horse_race, status, text_version, signed_at, registration_number, registered_at,"
                + " registered_by, termination_reason, termination_client_by, termination_client_at, termination_contractor_by,"
                + " termination_contractor_at, ended_at) VALUES (0, ?, ?, ?, ?, ?, ?, 'DEVELOPMENT', ?, ?, ?, ?, ?, FALSE,"
                + " ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t(awarded), t(ended != null ? ended : signed ? signedAt : awarded),
                challenge, bid[0], firm[1], bid[1], amount, amount, start, start.plusMonths(months),
                "成果知识产权归发榜方所有，揭榜方享有署名权和非商业使用权", status, t(signedAt), number,
                registered ? t(signedAt.plus(Duration.ofDays(2))) : null, registered ? "staff.wang" : null,
                status.equals("TERMINATED") ? "发榜方产线搬迁，双方协商一致终止合同，已付款项不退" : null,
                status.equals("TERMINATED") ? firm[0] : null, status.equals("TERMINATED") ? t(ended.minus(Duration.ofDays(1))) : null,
                status.equals("TERMINATED") ? bid[2] : null, t(ended), t(ended));
        List<ContractIndicator> criteria = new ArrayList<>();
        for (String[] ind : indicators) {
            criteria.add(new ContractIndicator(ind[0], ind[1], ind[2], ind[3], DemoChallenges.promise(ind[1])));
        }
        update("UPDATE contract SET indicators = ? WHERE id = ?",
                new ContractColumns.Indicators().convertToDatabaseColumn(criteria), contract);
        String textSha = sha("contract " + contract); // replaced by the real text's hash once written (DemoSeals)
        event(contract, awarded, "DRAFTED", null, null, null);
        if (signed) {
            signedContracts.add(contract);
            event(contract, signedAt, "SIGNED", null, bid[2], null);
            if (registered) {
                event(contract, signedAt.plus(Duration.ofDays(2)), "REGISTERED", null, null, null);
            }
            update("INSERT INTO contract_signature (contract_id, party, user_id, organization_id, signed_at, sha256, text_version)"
                    + " VALUES (?, 'CLIENT', ?, ?, ?, ?, 1)", contract, firm[0], firm[1], t(signedAt.minus(Duration.ofHours(5))),
                    textSha);
            update("INSERT INTO contract_signature (contract_id, party, user_id, organization_id, signed_at, sha256, text_version)"
                    + " VALUES (?, 'CONTRACTOR', ?, ?, ?, ?, 1)", contract, bid[2], bid[1], t(signedAt), textSha);
        }

        // milestones: the bid's, 40 % at month 6 and the rest at the end, the final one covering the indicators
        LocalDate firstDue = start.plusMonths(6);
        LocalDate lastDue = start.plusMonths(months);
        BigDecimal firstAmount = amount.multiply(BigDecimal.valueOf(40)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        boolean firstAccepted = status.equals("CLOSED") || signed && firstDue.isBefore(LocalDate.ofInstant(now, Clocks.DISPLAY_ZONE))
                && index % 4 != 3;
        Instant firstAcceptedAt = firstAccepted ? min(firstDue.atStartOfDay(Clocks.DISPLAY_ZONE).toInstant()
                .minus(Duration.ofDays(index % 3 == 0 ? 0 : 3)).plus(Duration.ofDays(index % 7 == 0 ? 9 : 0)), ended != null
                        ? ended.minus(Duration.ofDays(30)) : now.minus(Duration.ofDays(1))) : null;
        long m1 = milestone(contract, 0, "小试验证", "小试样品与检测报告", firstDue, firstAmount, firstAcceptedAt,
                signed && !firstAccepted && firstDue.isBefore(LocalDate.ofInstant(now, Clocks.DISPLAY_ZONE)) ? "SUBMITTED" : null);
        Instant lastAcceptedAt = status.equals("CLOSED") ? ended : null;
        long m2 = milestone(contract, 1, "中试与验收", "中试线运行报告与第三方检测报告", lastDue, amount.subtract(firstAmount),
                lastAcceptedAt, null);
        if (firstAcceptedAt != null) {
            event(contract, firstAcceptedAt, "ACCEPTED", m1, firm[0], null);
        }
        if (status.equals("CLOSED")) {
            event(contract, lastAcceptedAt, "CLOSED", m2, firm[0], null);
        } else if (status.equals("TERMINATED")) {
            event(contract, ended, "TERMINATED", null, null, "发榜方产线搬迁，双方协商一致终止合同，已付款项不退");
        }
        List<String> covered = new ArrayList<>();
        List<Measurement> measured = new ArrayList<>();
        for (String[] ind : indicators) {
            covered.add(ind[0]);
            if (lastAcceptedAt != null) {
                measured.add(new Measurement(ind[0], DemoChallenges.measured(ind[1], index + measured.size() + 1)));
            }
        }
        update("UPDATE contract_milestone SET indicators = ?, measurements = ? WHERE id = ?",
                new JsonStrings().convertToDatabaseColumn(covered),
                new ContractColumns.Measurements().convertToDatabaseColumn(measured), m2);

        // payments: the firm pays accepted milestones, one in execution partly with a voucher
        if (firstAcceptedAt != null) {
            Instant paid = firstAcceptedAt.plus(Duration.ofDays(5));
            if (index % 3 == 1 && state.equals("IN_EXECUTION")) {
                BigDecimal fromVoucher = firstAmount.min(new BigDecimal("200000.00"));
                voucherPayment(firm, contract, m1, fromVoucher, paid);
                if (firstAmount.compareTo(fromVoucher) > 0) {
                    payment(contract, m1, firstAmount.subtract(fromVoucher), paid, firm[0], "DIRECT", null);
                }
            } else {
                payment(contract, m1, firstAmount, paid, firm[0], "DIRECT", null);
            }
        }
        if (lastAcceptedAt != null) {
            payment(contract, m2, amount.subtract(firstAmount), lastAcceptedAt.plus(Duration.ofDays(3)), firm[0], "DIRECT", null);
        }
        if (status.equals("CLOSED") || state.equals("IN_EXECUTION") && index % 2 == 0) {
            outcomes(contract, challenge, bid, firm, start, status.equals("CLOSED"), index, spec);
        }
    }

    private void event(long contract, Instant at, String kind, Long milestone, Long user, String detail) throws SQLException {
        update("INSERT INTO contract_event (contract_id, happened_at, kind, milestone_id, user_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                contract, t(min(at, now.minusSeconds(30))), kind, milestone, user, detail);
    }

    private long milestone(long contract, int position, String title, String deliverable, LocalDate due, BigDecimal amount,
            Instant accepted, String pending) throws SQLException {
        String status = accepted != null ? "ACCEPTED" : pending != null ? pending : "PLANNED";
        Instant submitted = accepted != null ? accepted.minus(Duration.ofDays(4)) : pending != null ? ago(2) : null;
        return insert("INSERT INTO contract_milestone (version, created_at, updated_at, contract_id, position, title, deliverable,"
                + " due_date, amount, gate, status, deliverables, submitted_at, decision_comment, decided_at, accepted_at)"
                + " VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?)", t(now), t(now), contract, position, title,
                deliverable, due, amount, status, submitted == null ? null : deliverable + "（已提交）", t(submitted),
                accepted == null ? null : "验收通过", t(accepted), t(accepted));
    }

    private long payment(long contract, long milestone, BigDecimal amount, Instant at, long by, String source, Long redemption)
            throws SQLException {
        return insert("INSERT INTO contract_payment (contract_id, milestone_id, amount, paid_at, recorded_by, source, redemption_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", contract, milestone, amount, t(min(at, now.minusSeconds(60))), by, source,
                redemption);
    }

    /** A voucher issued to the firm, redeemed against the milestone and settled by staff. */
    private void voucherPayment(long[] firm, long contract, long milestone, BigDecimal amount, Instant at) throws SQLException {
        Instant issued = at.minus(Duration.ofDays(60));
        BigDecimal face = new BigDecimal("300000.00");
        LocalDate from = LocalDate.ofInstant(issued, Clocks.DISPLAY_ZONE);
        long voucher = insert("INSERT INTO voucher (version, created_at, updated_at, organization_id, amount, region, valid_from,"
                + " valid_to, issued_by, accepted_regions) VALUES (0, ?, ?, ?, ?, '330000', ?, ?, 'staff.wang', ?)", t(issued),
                t(issued), firm[1], face, from, from.plusYears(1),
                new JsonStrings().convertToDatabaseColumn(List.of("330000", "310000")));
        update("INSERT INTO voucher_ledger (voucher_id, kind, amount, booked_at, booked_by) VALUES (?, 'ISSUE', ?, ?, 'staff.wang')",
                voucher, face, t(issued));
        Instant requested = min(at.minus(Duration.ofDays(2)), now.minusSeconds(600));
        Instant decided = min(at, now.minusSeconds(300));
        long redemption = insert("INSERT INTO voucher_redemption (version, created_at, updated_at, voucher_id, contract_id,"
                + " milestone_id, amount, status, requested_by, requested_at, decided_by, decided_at) VALUES (0, ?, ?, ?, ?, ?, ?,"
                + " 'SETTLED', ?, ?, 'staff.wang', ?)", t(requested), t(decided), voucher, contract, milestone, amount, firm[0],
                t(requested), t(decided));
        update("INSERT INTO voucher_ledger (voucher_id, kind, amount, redemption_id, booked_at, booked_by) VALUES (?, 'HOLD', ?, ?,"
                + " ?, ?)", voucher, amount.negate(), redemption, t(requested), DemoChallenges.FIRM_A.equals(firmUser(firm))
                                ? DemoChallenges.FIRM_A : firmUser(firm));
        update("INSERT INTO voucher_ledger (voucher_id, kind, amount, redemption_id, booked_at, booked_by) VALUES (?, 'RELEASE', ?,"
                + " ?, ?, 'staff.wang')", voucher, amount, redemption, t(decided));
        update("INSERT INTO voucher_ledger (voucher_id, kind, amount, redemption_id, booked_at, booked_by) VALUES (?, 'SETTLE', ?,"
                + " ?, ?, 'staff.wang')", voucher, amount.negate(), redemption, t(decided));
        long payment = payment(contract, milestone, amount, decided, user("staff.wang")[0], "VOUCHER", redemption);
        update("UPDATE voucher_redemption SET payment_id = ? WHERE id = ?", payment, redemption);
    }

    private void outcomes(long contract, long challenge, long[] bid, long[] firm, LocalDate start, boolean closed, int index,
            Spec spec) throws SQLException {
        LocalDate date = min(start.plusMonths(closed ? 14 : 5), LocalDate.ofInstant(now, Clocks.DISPLAY_ZONE).minusDays(3));
        String twelve = String.format("2025%d%07d", 1 + index % 2, 1_000_000 + index * 7919 % 9_000_000);
        String number = twelve + "." + PatentNumber.checkDigit(twelve);
        outcome(contract, challenge, bid[2], "PATENT", DemoChallenges.patentTitle(spec), date, number, "FILED", null,
                Boolean.TRUE, firm[0]);
        if (closed) {
            outcome(contract, challenge, bid[2], "REVENUE", "成果转化新增销售收入", date.plusDays(20), null, null,
                    new BigDecimal(2_000_000 + index * 150_000L).setScale(2), Boolean.TRUE, firm[0]);
            outcome(contract, challenge, bid[2], "PAPER", "中试工艺放大研究（已投稿）", date.plusDays(10), null, null, null,
                    null, null);
        }
    }

    private void outcome(long contract, long challenge, long recorder, String type, String title, LocalDate date, String number,
            String patentStatus, BigDecimal amount, Boolean confirmed, Long confirmer) throws SQLException {
        update("INSERT INTO contract_outcome (version, created_at, updated_at, contract_id, challenge_id, outcome_type, title,"
                + " outcome_date, evidence, application_number, patent_status, amount, recorded_by, confirmed, confirmed_by,"
                + " confirmed_at) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t(now), t(now), contract, challenge, type,
                title, date, "见合同附件", number, patentStatus, amount, recorder, confirmed, confirmer,
                confirmed == null ? null : t(now.minusSeconds(3600)));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String t(Instant at) {
        return at == null ? null : (String) UTC.convertToDatabaseColumn(at);
    }

    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof LocalDate d) {
                s.setObject(i + 1, d);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
