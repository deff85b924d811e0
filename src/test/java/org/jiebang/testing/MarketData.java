package org.jiebang.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A whole market written straight into a migrated database: firms, research organizations,
 * challenges in every state (drafts, pending, published, cancelled, evaluating, failed, on notice,
 * awarded, in execution, completed, terminated) across fields, regions and a year of months, with
 * their bids, award proposals, contracts, milestones (on time, late, open) and outcomes. Returns
 * what it wrote, so that a test can count the figures itself and compare them with the app's.
 * Deterministic for a seed. Uses nothing but the JDK and a JDBC driver, so that the benchmark runs it:
 * <pre>java -cp target/test-classes:mysql-connector-j.jar org.jiebang.testing.MarketData URL USER PASSWORD CHALLENGES</pre>
 * (on average 10 bids a challenge and a contract for every other challenge: at 100,000 about a million bids and
 * 50,000 contracts).
 */
public final class MarketData {

    public static final String[] FIELDS = { "NEW_MATERIALS", "NEW_ENERGY", "ENERGY_STORAGE", "INTELLIGENT_MANUFACTURING",
            "INTEGRATED_CIRCUITS", "ARTIFICIAL_INTELLIGENCE", "BIOMEDICINE", "MEDICAL_DEVICES", "ENVIRONMENT", "AGRICULTURE" };
    public static final String[] REGIONS = { "330102", "330106", "330212", "330402", "330411", "330602", "320505", "310115",
            "340104", "440305" };
    static final String[] OBJECTS = { "固态锂电池", "钠离子电池", "钙钛矿光伏组件", "碳化硅功率器件", "高精度减速器", "光刻胶",
            "碳纤维复合材料", "可降解塑料", "手术机器人", "激光雷达", "污水处理膜", "废旧电池回收", "茶叶采摘机", "工业视觉检测" };
    static final String[] ISSUES = { "循环寿命不足", "良品率偏低", "能耗过高", "成本居高不下", "一致性差", "热失控风险" };
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** The lifecycle states and how often each is drawn (per mille). */
    static final String[] STATES = { "DRAFT", "PENDING_REVIEW", "PUBLISHED", "CANCELLED", "EVALUATING", "FAILED",
            "AWARD_PROPOSED", "AWARDED", "IN_EXECUTION", "COMPLETED", "TERMINATED" };
    static final int[] WEIGHTS = { 30, 20, 250, 20, 70, 50, 40, 120, 250, 120, 30 };

    public record Milestone(LocalDate due, Instant acceptedAt) {
    }

    public record Contract(long id, long contractor, Instant signedAt, boolean registered, BigDecimal transactionAmount,
            String status, List<Milestone> milestones, int confirmedOutcomes) {
    }

    public record Bid(long lead, String status, Instant submittedAt) {
    }

    /** A challenge as written; {@code publishedAt} null for drafts and those pending review. */
    public record Challenge(long id, String status, Instant publishedAt, Instant closedAt, String field, String region,
            BigDecimal budget, List<Bid> bids, Instant finalizedAt, List<Contract> contracts) {
    }

    public record Market(List<Long> firms, List<Long> labs, List<Challenge> challenges) {
    }

    private MarketData() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            Market m = write(db, n, 40, 200, 20261125L, Instant.now());
            long bids = m.challenges().stream().mapToLong(c -> c.bids().size()).sum();
            long contracts = m.challenges().stream().mapToLong(c -> c.contracts().size()).sum();
            System.out.printf("generated %d challenges, %d bids, %d contracts in %d s%n", n, bids, contracts,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    /**
     * Writes {@code count} challenges of {@code firmCount} firms, bid on by {@code labCount}
     * research organizations, dated up to a year before {@code now}.
     */
    public static Market write(Connection db, int count, int firmCount, int labCount, long seed, Instant now) throws SQLException {
        Random random = new Random(seed);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            String tag = Long.toString(seed, 36) + Long.toString(now.toEpochMilli() % 1_000_000, 36);
            List<long[]> firms = organizations(db, "ENTERPRISE", firmCount, tag + "F", now);
            List<long[]> labs = organizations(db, "UNIVERSITY", labCount, tag + "L", now);
            List<Challenge> challenges = new ArrayList<>();
            try (Inserts in = new Inserts(db)) {
                for (int i = 0; i < count; i++) {
                    challenges.add(challenge(in, random, firms.get(random.nextInt(firms.size())), labs, now, tag + i));
                    if (i % 200 == 199) {
                        in.flush();
                        db.commit();
                    }
                }
                in.flush();
            }
            db.commit();
            return new Market(firms.stream().map(f -> f[0]).toList(), labs.stream().map(l -> l[0]).toList(), challenges);
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** Organizations with one user each: [organization id, user id]. */
    private static List<long[]> organizations(Connection db, String type, int n, String tag, Instant now) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement org = db.prepareStatement("INSERT INTO organization (version, created_at, updated_at, name, type,"
                + " uscc, region, address, contact_name, contact_phone, email, status, verified_at)"
                + " VALUES (0, ?, ?, ?, ?, ?, ?, '浙江省嘉兴市', '王工', '0573-8000000', 'gen@example.cn', 'VERIFIED', ?)",
                Statement.RETURN_GENERATED_KEYS);
                PreparedStatement user = db.prepareStatement("INSERT INTO app_user (version, created_at, updated_at, username,"
                        + " password_hash, display_name, email, organization_id, enabled)"
                        + " VALUES (0, ?, ?, ?, 'PBKDF2WithHmacSHA256:600000:x:y', ?, 'gen@example.cn', ?, TRUE)",
                        Statement.RETURN_GENERATED_KEYS)) {
            String t = utc(now);
            for (int i = 0; i < n; i++) {
                String name = (type.equals("ENTERPRISE") ? OBJECTS[i % OBJECTS.length] + "科技有限公司 " : "先进技术研究院 ") + tag + i;
                org.setString(1, t);
                org.setString(2, t);
                org.setString(3, name);
                org.setString(4, type);
                org.setString(5, "G" + tag + String.format("%0" + (17 - tag.length()) + "d", i));
                org.setString(6, REGIONS[i % REGIONS.length]);
                org.setString(7, t);
                org.executeUpdate();
                long orgId = key(org);
                user.setString(1, t);
                user.setString(2, t);
                user.setString(3, "gen" + tag + "u" + i);
                user.setString(4, "生成用户" + i);
                user.setLong(5, orgId);
                user.executeUpdate();
                out.add(new long[] { orgId, key(user) });
            }
        }
        db.commit();
        return out;
    }

    private static Challenge challenge(Inserts in, Random random, long[] firm, List<long[]> labs, Instant now, String tag)
            throws SQLException {
        String state = draw(random);
        boolean published = !state.equals("DRAFT") && !state.equals("PENDING_REVIEW");
        Instant created = now.minus(Duration.ofMinutes(60 + random.nextInt(360 * 24 * 60)));
        Instant publishedAt = published ? created.plus(Duration.ofHours(2 + random.nextInt(72))) : null;
        if (publishedAt != null && publishedAt.isAfter(now)) {
            publishedAt = now.minusSeconds(60);
        }
        boolean open = state.equals("PUBLISHED") || state.equals("CANCELLED");
        Instant deadline = open ? now.plus(Duration.ofDays(1 + random.nextInt(60)))
                : (published ? publishedAt : created).plus(Duration.ofDays(7 + random.nextInt(30)));
        boolean closed = published && !open;
        if (closed && deadline.isAfter(now)) {
            deadline = now.minusSeconds(30 + random.nextInt(3600));
            if (deadline.isBefore(publishedAt)) {
                deadline = publishedAt.plusSeconds(1);
            }
        }
        Instant closedAt = closed ? deadline : null;
        String field = FIELDS[random.nextInt(FIELDS.length)];
        String region = REGIONS[random.nextInt(REGIONS.length)];
        BigDecimal budget = BigDecimal.valueOf((5 + random.nextInt(500)) * 10_000L).setScale(2);
        String object = OBJECTS[random.nextInt(OBJECTS.length)];
        Instant endedAt = state.equals("CANCELLED") ? min(publishedAt.plus(Duration.ofDays(3)), now.minusSeconds(60))
                : state.equals("FAILED") ? closedAt : null;
        long id = in.challenge(firm, state, created, publishedAt, closedAt, endedAt, deadline, field, region, budget,
                object + ISSUES[random.nextInt(ISSUES.length)] + "攻关 " + tag);

        // bids: none on drafts; sealed ones while open; opened ones after the close (none on a challenge that failed at it)
        List<Bid> bids = new ArrayList<>();
        int bidCount = !published ? 0 : state.equals("FAILED") && random.nextBoolean() ? 0 : random.nextInt(22);
        if (closed && !state.equals("FAILED") && bidCount == 0) {
            bidCount = 1 + random.nextInt(5);
        }
        int first = random.nextInt(labs.size());
        boolean awarded = List.of("AWARDED", "IN_EXECUTION", "COMPLETED", "TERMINATED").contains(state);
        for (int b = 0; b < bidCount && b < labs.size(); b++) {
            long[] lab = labs.get((first + b) % labs.size());
            Instant submitted = publishedAt.plusSeconds(1 + random.nextInt((int) Math.max(2,
                    Duration.between(publishedAt, closed ? closedAt : now).toSeconds() - 1)));
            String status;
            if (!closed) {
                int r = random.nextInt(10);
                status = r < 7 ? "SUBMITTED" : r < 9 ? "DRAFT" : "WITHDRAWN";
            } else if (b == 0 && (awarded || state.equals("AWARD_PROPOSED"))) {
                status = awarded ? "AWARDED" : "OPENED";
            } else {
                int r = random.nextInt(10);
                status = r < 8 ? (awarded ? "NOT_AWARDED" : "OPENED") : r < 9 ? "DISQUALIFIED" : "WITHDRAWN";
            }
            Instant submittedAt = status.equals("DRAFT") ? null : submitted;
            in.bid(id, lab, status, submittedAt, budget, closedAt, publishedAt);
            bids.add(new Bid(lab[0], status, submittedAt));
        }
        in.bidIds.addAll(in.bids());

        Instant finalizedAt = null;
        List<Contract> contracts = new ArrayList<>();
        if (state.equals("AWARD_PROPOSED") || awarded) {
            Instant proposed = closedAt.plusSeconds(3600 + random.nextInt(7 * 86400));
            if (proposed.isAfter(now)) {
                proposed = now.minusSeconds(20);
            }
            if (awarded) {
                finalizedAt = proposed.plusSeconds(5 * 86400 + random.nextInt(86400));
                if (finalizedAt.isAfter(now)) {
                    finalizedAt = now.minusSeconds(10);
                    proposed = finalizedAt.minusSeconds(1);
                }
            }
            long winner = in.bidIds.get(0);
            in.proposal(id, proposed, finalizedAt, winner);
            if (awarded) {
                contracts.add(contract(in, random, id, winner, firm, labs.get(first % labs.size()), state, finalizedAt, now,
                        budget, tag));
            }
        }
        in.bidIds.clear();
        return new Challenge(id, state, publishedAt, closedAt, field, region, budget, bids, finalizedAt, contracts);
    }

    private static Contract contract(Inserts in, Random random, long challenge, long bid, long[] firm, long[] lab, String state,
            Instant awarded, Instant now, BigDecimal budget, String tag) throws SQLException {
        boolean signed = !state.equals("AWARDED");
        Instant signedAt = signed ? min(awarded.plusSeconds(86400 + random.nextInt(20 * 86400)), now.minusSeconds(5)) : null;
        boolean registered = signed && random.nextInt(10) < 7;
        String status = switch (state) {
            case "AWARDED" -> "DRAFT";
            case "COMPLETED" -> "CLOSED";
            case "TERMINATED" -> "TERMINATED";
            default -> "SIGNED";
        };
        BigDecimal amount = budget.multiply(BigDecimal.valueOf(80 + random.nextInt(21))).divide(BigDecimal.valueOf(100))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal transaction = amount.subtract(BigDecimal.valueOf(random.nextInt(3) * 1000L)).setScale(2);
        LocalDate start = LocalDate.ofInstant(signed ? signedAt : awarded, BEIJING);
        long id = in.contract(challenge, bid, firm[0], lab[0], amount, transaction, start, status, signedAt, awarded,
                registered ? "G" + tag : null, registered ? min(signedAt.plusSeconds(3600), now.minusSeconds(1)) : null);
        List<Milestone> milestones = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            LocalDate due = start.plusDays(30L * (m + 1) + random.nextInt(30));
            Instant accepted = null;
            if (status.equals("CLOSED") || signed && !status.equals("DRAFT") && random.nextInt(10) < 5) {
                // accepted some days before or after the due date, never in the future
                Instant at = due.atStartOfDay(BEIJING).toInstant().plus(Duration.ofHours(random.nextInt(24 * 40) - 24 * 20));
                accepted = min(max(at, signedAt.plusSeconds(60)), now.minusSeconds(2));
            }
            milestones.add(new Milestone(due, accepted));
            // stamped as the app would have: when last written (accepted, else when the contract was signed or drafted)
            in.milestone(id, m, due, amount.divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.DOWN), accepted,
                    accepted != null ? accepted : signed ? signedAt : awarded);
        }
        if (status.equals("CLOSED") || status.equals("TERMINATED")) {
            // ended after the signing and after every acceptance, never in the future
            Instant last = milestones.stream().map(Milestone::acceptedAt).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(signedAt);
            in.ended(id, min(max(last, signedAt).plusSeconds(60 + random.nextInt(86400)), now.minusSeconds(1)));
        }
        int confirmed = 0;
        if (signed) {
            int outcomes = random.nextInt(4);
            for (int o = 0; o < outcomes; o++) {
                Boolean c = switch (random.nextInt(3)) {
                    case 0 -> Boolean.TRUE;
                    case 1 -> null;
                    default -> random.nextBoolean() ? Boolean.TRUE : Boolean.FALSE;
                };
                if (Boolean.TRUE.equals(c)) {
                    confirmed++;
                }
                in.outcome(id, challenge, lab[1], c, start, min(start.plusDays(20).atStartOfDay(BEIJING).toInstant(), now));
            }
        }
        return new Contract(id, lab[0], signedAt, registered, transaction, status, milestones, confirmed);
    }

    private static String draw(Random random) {
        int r = random.nextInt(1000);
        for (int i = 0; i < STATES.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return STATES[i];
            }
        }
        return "PUBLISHED";
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static String utc(Instant at) {
        return at == null ? null : TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static long key(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** The prepared inserts, batched where no generated key is needed. */
    private static final class Inserts implements AutoCloseable {
        final List<Long> bidIds = new ArrayList<>();
        final PreparedStatement challenge;
        final PreparedStatement bid;
        final PreparedStatement proposal;
        final PreparedStatement contract;
        final PreparedStatement milestone;
        final PreparedStatement outcome;

        Inserts(Connection db) throws SQLException {
            challenge = db.prepareStatement("INSERT INTO challenge (version, created_at, updated_at, owner_organization_id,"
                    + " created_by, title, summary, background, problem, field_code, industry, region, budget, deadline,"
                    + " duration_months, ip_terms, confidential_details, max_awards, evaluation, status, submitted_at,"
                    + " published_at, closed_at, ended_at, amendments, indicators) VALUES (0, ?, ?, ?, ?, ?, ?, '企业年产值约 10 亿元。',"
                    + " ?, ?, '制造业', ?, ?, ?, 18, '成果归发榜方所有', '工艺参数（保密）', 1, 'SINGLE', ?, ?, ?, ?, ?, 0,"
                    + " '[{\"name\":\"循环寿命\",\"target\":\"≥ 3000\",\"unit\":\"次\",\"verification\":\"第三方检测\"}]')",
                    Statement.RETURN_GENERATED_KEYS);
            bid = db.prepareStatement("INSERT INTO bid (version, created_at, updated_at, challenge_id, lead_organization_id,"
                    + " created_by, status, principal_name, principal_title, approach, price, duration_months, submitted_at,"
                    + " opened_at) VALUES (0, ?, ?, ?, ?, ?, ?, '张教授', '教授', '<p>方案</p>', ?, 12, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            proposal = db.prepareStatement("INSERT INTO award_proposal (challenge_id, proposed_at, proposed_by, justification,"
                    + " follows_ranking, notice_ends_at, status, finalized_at, bid_ids) VALUES (?, ?, 'staff', '综合评分第一',"
                    + " TRUE, ?, ?, ?, ?)");
            contract = db.prepareStatement("INSERT INTO contract (version, created_at, updated_at, challenge_id, award_bid_id,"
                    + " client_organization_id, contractor_organization_id, contract_type, amount, transaction_amount,"
                    + " start_date, end_date, ip_clause, horse_race, status, text_version, signed_at, registration_number,"
                    + " registered_at, registered_by, ended_at) VALUES (0, ?, ?, ?, ?, ?, ?, 'DEVELOPMENT', ?, ?, ?, ?,"
                    + " '成果归发榜方所有', FALSE, ?, 1, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            milestone = db.prepareStatement("INSERT INTO contract_milestone (version, created_at, updated_at, contract_id,"
                    + " position, title, due_date, amount, gate, status, accepted_at, submitted_at, decided_at)"
                    + " VALUES (0, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?)");
            outcome = db.prepareStatement("INSERT INTO contract_outcome (version, created_at, updated_at, contract_id,"
                    + " challenge_id, outcome_type, title, outcome_date, recorded_by, confirmed, confirmed_at)"
                    + " VALUES (0, ?, ?, ?, ?, 'PAPER', '阶段性论文', ?, ?, ?, ?)");
        }

        long challenge(long[] firm, String state, Instant created, Instant published, Instant closed, Instant ended,
                Instant deadline, String field, String region, BigDecimal budget, String title) throws SQLException {
            Instant updated = ended != null ? ended : closed != null ? closed : published != null ? published : created;
            challenge.setString(1, utc(created));
            challenge.setString(2, utc(updated));
            challenge.setLong(3, firm[0]);
            challenge.setLong(4, firm[1]);
            challenge.setString(5, title);
            challenge.setString(6, "针对" + title + "的问题，征集科研团队开展联合攻关。");
            challenge.setString(7, "目前量产中存在多项问题，企业自身研发力量难以突破。");
            challenge.setString(8, field);
            challenge.setString(9, region);
            challenge.setBigDecimal(10, budget);
            challenge.setString(11, utc(deadline));
            challenge.setString(12, state);
            challenge.setString(13, state.equals("DRAFT") ? null : utc(created.plusSeconds(60)));
            challenge.setString(14, utc(published));
            challenge.setString(15, utc(closed));
            challenge.setString(16, utc(ended));
            challenge.executeUpdate();
            long id = key(challenge);
            return id;
        }

        /** Adds a bid to the batch; {@link #bids()} writes the batch and answers their ids in order. */
        void bid(long challengeId, long[] lab, String status, Instant submitted, BigDecimal budget, Instant opened,
                Instant published) throws SQLException {
            Instant created = submitted == null ? published.plusSeconds(60) : submitted.minusSeconds(600);
            bid.setString(1, utc(created));
            bid.setString(2, utc(submitted == null ? created : submitted));
            bid.setLong(3, challengeId);
            bid.setLong(4, lab[0]);
            bid.setLong(5, lab[1]);
            bid.setString(6, status);
            bid.setBigDecimal(7, budget);
            bid.setString(8, utc(submitted));
            bid.setString(9, status.equals("SUBMITTED") || status.equals("DRAFT") || status.equals("WITHDRAWN") ? null : utc(opened));
            bid.addBatch();
        }

        List<Long> bids() throws SQLException {
            bid.executeBatch();
            List<Long> ids = new ArrayList<>();
            try (ResultSet keys = bid.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            return ids;
        }

        void proposal(long challengeId, Instant proposed, Instant finalized, long winner) throws SQLException {
            proposal.setLong(1, challengeId);
            proposal.setString(2, utc(proposed));
            proposal.setString(3, utc(proposed.plus(Duration.ofDays(5))));
            proposal.setString(4, finalized == null ? "NOTICE" : "FINAL");
            proposal.setString(5, utc(finalized));
            proposal.setString(6, "[" + winner + "]");
            proposal.executeUpdate();
        }

        long contract(long challengeId, long bidId, long client, long contractor, BigDecimal amount, BigDecimal transaction,
                LocalDate start, String status, Instant signed, Instant drafted, String registration, Instant registered)
                throws SQLException {
            String t = utc(signed == null ? drafted : signed);
            contract.setString(1, t);
            contract.setString(2, t);
            contract.setLong(3, challengeId);
            contract.setLong(4, bidId);
            contract.setLong(5, client);
            contract.setLong(6, contractor);
            contract.setBigDecimal(7, amount);
            contract.setBigDecimal(8, transaction);
            contract.setObject(9, start);
            contract.setObject(10, start.plusMonths(18));
            contract.setString(11, status);
            contract.setString(12, utc(signed));
            contract.setString(13, registration);
            contract.setString(14, utc(registered));
            contract.setString(15, registration == null ? null : "staff");
            contract.setString(16, null);
            contract.executeUpdate();
            return key(contract);
        }

        void ended(long contractId, Instant at) throws SQLException {
            try (PreparedStatement s = contract.getConnection().prepareStatement("UPDATE contract SET ended_at = ? WHERE id = ?")) {
                s.setString(1, utc(at));
                s.setLong(2, contractId);
                s.executeUpdate();
            }
        }

        void milestone(long contractId, int position, LocalDate due, BigDecimal amount, Instant accepted, Instant created)
                throws SQLException {
            milestone.setString(1, utc(created));
            milestone.setString(2, utc(created));
            milestone.setLong(3, contractId);
            milestone.setInt(4, position);
            milestone.setString(5, "第 " + (position + 1) + " 阶段交付");
            milestone.setObject(6, due);
            milestone.setBigDecimal(7, amount);
            milestone.setString(8, accepted == null ? "PLANNED" : "ACCEPTED");
            milestone.setString(9, utc(accepted));
            milestone.setString(10, utc(accepted == null ? null : accepted.minusSeconds(60)));
            milestone.setString(11, utc(accepted));
            milestone.addBatch();
        }

        void outcome(long contractId, long challengeId, long recorder, Boolean confirmed, LocalDate start, Instant at)
                throws SQLException {
            String t = utc(at);
            outcome.setString(1, t);
            outcome.setString(2, t);
            outcome.setLong(3, contractId);
            outcome.setLong(4, challengeId);
            outcome.setObject(5, start.plusDays(10));
            outcome.setLong(6, recorder);
            outcome.setObject(7, confirmed);
            outcome.setString(8, confirmed == null ? null : t);
            outcome.addBatch();
        }

        void flush() throws SQLException {
            milestone.executeBatch();
            outcome.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : List.of(challenge, bid, proposal, contract, milestone, outcome)) {
                s.close();
            }
        }
    }
}
