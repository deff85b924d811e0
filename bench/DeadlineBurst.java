import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jiebang.account.Uscc;

/**
 * The deadline burst of issue 4: N research organizations (default 200), each with a complete
 * draft bid, submit or resubmit within the last 10 seconds before one challenge's deadline, and
 * some try again just after it. Then it checks, from the opened bids staff see after the close,
 * that every submission acknowledged before the deadline opened with its last receipt, that none
 * acknowledged after the deadline exists, and that nothing was lost or doubled; and it prints the
 * latency of the burst's requests.
 *
 *   java -cp target/classes:<jakarta.json-api>:<parsson> bench/DeadlineBurst.java http://localhost:18096 [N]
 * (the app started with JIEBANG_DEMO=true, for the demo firm and staff accounts)
 */
public class DeadlineBurst {

    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static final String PASSWORD = "Burst-pass-2026";

    record Result(int bidIndex, String kind, long startNanos, long endNanos, Instant sentAt, int status, String body) {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String staff = token("staff.wang", "jiebang2026"); // demo accounts
        String firm = token("hengtai.zhao", "jiebang2026");

        // 1. n verified research organizations, one researcher each, with a token
        long started = System.nanoTime();
        long run = System.currentTimeMillis() % 1_000_000;
        List<String> tokens = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(n, (String) null)));
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Object>> registered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            registered.add(setup.submit(() -> {
                String user = "burst" + run + "x" + index;
                String base17 = String.format("9133%013d", run * 1000 + index);
                String uscc = base17 + Uscc.checkCharacterOf(base17);
                JsonObject reg = Json.createObjectBuilder()
                        .add("organization", Json.createObjectBuilder().add("name", "压测研究所" + run + "-" + index)
                                .add("type", "RESEARCH_INSTITUTE").add("uscc", uscc).add("region", "330402")
                                .add("address", "嘉兴").add("contactName", "陈工").add("contactPhone", "0573-82000000")
                                .add("email", user + "@example.cn"))
                        .add("user", Json.createObjectBuilder().add("username", user).add("password", PASSWORD)
                                .add("displayName", "研究员" + index).add("email", user + "@example.cn").add("phone", "13800000000"))
                        .build();
                JsonObject org = json(call("POST", "/api/v1/organizations", null, reg.toString()), 201);
                json(call("POST", "/api/v1/organizations/" + org.getJsonNumber("id").longValue() + "/verification", staff,
                        "{\"approved\":true}"), 200);
                tokens.set(index, token(user, PASSWORD));
                return null;
            }));
        }
        for (var f : registered) {
            f.get();
        }
        setup.shutdown();
        setup.awaitTermination(30, TimeUnit.MINUTES);
        if (tokens.contains(null)) {
            throw new IllegalStateException("setup failed for some researchers");
        }
        System.out.printf("setup: %d researchers in %d s%n", n, (System.nanoTime() - started) / 1_000_000_000);

        // 2. one challenge, closing 60 s from now; every researcher writes a complete draft
        Instant deadline = Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String challengeBody = Json.createObjectBuilder().add("title", "压测榜单 " + run).add("summary", "截止前集中揭榜压测")
                .add("background", "背景").add("problem", "问题")
                .add("indicators", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "循环寿命")
                        .add("target", "≥ 2000").add("unit", "次").add("verification", "第三方检测")))
                .add("field", "ENERGY_STORAGE").add("industry", "电池").add("region", "330402")
                .add("keywords", Json.createArrayBuilder().add("压测")).add("budget", "500000.00")
                .add("deadline", deadline.toString()).add("durationMonths", 12).add("ipTerms", "归发榜方")
                .add("maxAwards", 1).add("evaluation", "SINGLE").build().toString();
        long challenge = json(call("POST", "/api/v1/challenges", firm, challengeBody), 201).getJsonNumber("id").longValue();
        json(call("POST", "/api/v1/challenges/" + challenge + "/submit", firm, ""), 200);
        json(call("POST", "/api/v1/challenges/" + challenge + "/approve", staff, ""), 200);
        long[] bidIds = new long[n];
        ExecutorService drafts = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Object>> written = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            written.add(drafts.submit(() -> {
                bidIds[index] = json(call("POST", "/api/v1/challenges/" + challenge + "/bids", tokens.get(index),
                        bid(index, "100000.00")), 201).getJsonNumber("id").longValue();
                return null;
            }));
        }
        for (var f : written) {
            f.get();
        }
        drafts.shutdown();
        drafts.awaitTermination(10, TimeUnit.MINUTES);
        long secondsLeft = Duration.between(Instant.now(), deadline).toSeconds();
        System.out.printf("challenge %d, deadline %s; drafts ready with %d s to go%n", challenge, deadline, secondsLeft);
        if (secondsLeft < 11) {
            throw new IllegalStateException("drafts took too long; the burst window has begun already");
        }

        // 3. the burst: each submits once at a random moment of the last 10 s; a third resubmit with
        //    a changed price a little later; one in ten tries again up to 1 s after the deadline
        Random random = new Random(run);
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        ExecutorService burst = Executors.newFixedThreadPool(n);
        long deadlineNanos = System.nanoTime() + Duration.between(Instant.now(), deadline).toNanos();
        for (int i = 0; i < n; i++) {
            int index = i;
            long submitAt = deadlineNanos - (long) (random.nextDouble() * 10_000_000_000L);
            boolean resubmit = random.nextInt(3) == 0;
            long resubmitAt = submitAt + (long) (random.nextDouble() * (deadlineNanos - submitAt));
            boolean late = random.nextInt(10) == 0;
            long lateAt = deadlineNanos + (long) (random.nextDouble() * 1_000_000_000L);
            burst.submit(() -> {
                sleepUntil(submitAt);
                results.add(timed(index, "submit", "POST", "/api/v1/bids/" + bidIds[index] + "/submit", tokens.get(index), ""));
                if (resubmit) {
                    sleepUntil(resubmitAt);
                    results.add(timed(index, "resubmit", "PUT", "/api/v1/bids/" + bidIds[index], tokens.get(index),
                            bid(index, "99999.00")));
                }
                if (late) {
                    sleepUntil(lateAt);
                    results.add(timed(index, "late", "POST", "/api/v1/bids/" + bidIds[index] + "/submit", tokens.get(index), ""));
                }
                return null;
            });
        }
        burst.shutdown();
        burst.awaitTermination(5, TimeUnit.MINUTES);

        // 4. after the close: what opened
        while (!"EVALUATING".equals(json(call("GET", "/api/v1/challenges/" + challenge, staff, null), 200).getString("status"))) {
            Thread.sleep(1000);
        }
        System.out.printf("bidding closed %d ms after the deadline%n", Duration.between(deadline, Instant.now()).toMillis());
        Map<Long, String> opened = new HashMap<>();
        int duplicates = 0;
        for (int page = 0; page * 100 < n + 100; page++) {
            JsonObject list = json(call("GET", "/api/v1/challenges/" + challenge + "/bids?size=100&page=" + page, staff, null), 200);
            for (JsonValue item : list.getJsonArray("items")) {
                JsonObject bid = item.asJsonObject();
                if (opened.put(bid.getJsonNumber("id").longValue(), bid.getJsonObject("receipt").getString("sha256")) != null) {
                    duplicates++;
                }
                if (!bid.getString("status").equals("OPENED")) {
                    throw new IllegalStateException("listed but not opened: " + bid);
                }
            }
        }

        // 5. check every acknowledgement against the deadline and what opened
        Map<Integer, Result> lastAcknowledged = new HashMap<>();
        int acknowledged = 0;
        int refusedLate = 0;
        int acknowledgedAfterDeadline = 0;
        int errors = 0;
        List<Long> latencies = new ArrayList<>();
        for (Result r : results) {
            latencies.add(r.endNanos() - r.startNanos());
            if (r.status() == 200) {
                acknowledged++;
                JsonObject receipt = Json.createReader(new StringReader(r.body())).readObject().getJsonObject("receipt");
                Instant at = Instant.parse(receipt.getString("submittedAt"));
                if (!at.isBefore(deadline)) {
                    acknowledgedAfterDeadline++;
                }
                Result previous = lastAcknowledged.get(r.bidIndex());
                if (previous == null || receiptTime(previous).isBefore(at)) {
                    lastAcknowledged.put(r.bidIndex(), r);
                }
            } else if (r.status() == 409 && r.body().contains("DEADLINE_PASSED")) {
                refusedLate++;
            } else {
                errors++;
                System.out.println("unexpected answer: " + r.status() + " " + r.body());
            }
        }
        int lost = 0;
        int wrongReceipt = 0;
        for (Map.Entry<Integer, Result> e : lastAcknowledged.entrySet()) {
            String sha = opened.get(bidIds[e.getKey()]);
            if (sha == null) {
                lost++;
            } else if (!sha.equals(Json.createReader(new StringReader(e.getValue().body())).readObject()
                    .getJsonObject("receipt").getString("sha256"))) {
                wrongReceipt++;
            }
        }
        Set<Long> expected = new HashSet<>();
        lastAcknowledged.keySet().forEach(i -> expected.add(bidIds[i]));
        int openedWithoutAcknowledgement = (int) opened.keySet().stream().filter(id -> !expected.contains(id)).count();
        Collections.sort(latencies);
        System.out.printf("requests %d: acknowledged %d, refused after the deadline %d, other answers %d%n",
                results.size(), acknowledged, refusedLate, errors);
        System.out.printf("bids acknowledged %d, opened %d; lost %d, opened without acknowledgement %d, doubled %d,"
                + " opened with another receipt %d, acknowledged at or after the deadline %d%n",
                lastAcknowledged.size(), opened.size(), lost, openedWithoutAcknowledgement, duplicates, wrongReceipt,
                acknowledgedAfterDeadline);
        System.out.printf("RESULT latency p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n", pct(latencies, 50),
                pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1) / 1e6);
        boolean ok = lost == 0 && openedWithoutAcknowledgement == 0 && duplicates == 0 && wrongReceipt == 0
                && acknowledgedAfterDeadline == 0 && errors == 0 && pct(latencies, 99) <= 1000;
        System.out.println(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    static Instant receiptTime(Result r) {
        return Instant.parse(Json.createReader(new StringReader(r.body())).readObject().getJsonObject("receipt")
                .getString("submittedAt"));
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static String bid(int index, String price) {
        return Json.createObjectBuilder()
                .add("principal", Json.createObjectBuilder().add("name", "挂帅人" + index).add("title", "研究员").add("record", "业绩"))
                .add("members", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "成员").add("role", "测试")))
                .add("approach", "<p>方案 " + index + "</p>")
                .add("indicatorResponses", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", "循环寿命")
                        .add("promised", "≥ 2500 次")))
                .add("price", price).add("durationMonths", 12)
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "交付")
                        .add("deliverable", "报告").add("month", 12).add("share", "100.00")))
                .build().toString();
    }

    static Result timed(int index, String kind, String method, String path, String token, String body) {
        long start = System.nanoTime();
        HttpResponse<String> response = call(method, path, token, body);
        return new Result(index, kind, start, System.nanoTime(), Instant.now(), response.statusCode(), response.body());
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    static String token(String user, String password) {
        return json(call("POST", "/api/v1/auth/token", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"), 200).getString("token");
    }

    static JsonObject json(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
