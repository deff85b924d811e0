package org.jiebang.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/jiebang.jar}), started as a user starts it:
 * {@code java -jar target/jiebang.jar --port N}, configured by environment variables.
 * <p>
 * {@link #shared()} is the one instance all HTTP and browser tests use, started once per test run
 * on a fresh MariaDB database (the production setup) with the demo data and an admin password.
 * Tests that need their own instance (restarts, H2) start one with {@link #start}.
 */
public final class RunningApp implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "it-admin-" + Long.toHexString(System.nanoTime()) + "9";
    private static final Path JAR = Path.of(System.getProperty("jiebang.it.jar", "target/jiebang.jar"));
    private static final Path WORK = Path.of(System.getProperty("jiebang.it.work", "target/it"));
    private static final int SHARED_PORT = Integer.getInteger("jiebang.it.port", 18080);
    private static RunningApp shared;
    private static Map<String, String> sharedEnv;
    /** jiebang.bidding.min-seconds of the shared instance */
    public static final int MIN_BIDDING_SECONDS = 5;
    /** jiebang.award.notice-seconds of the shared instance */
    public static final int NOTICE_SECONDS = 45;
    /** jiebang.ocds.prefix of the shared instance (not the default, to show the key is read) */
    public static final String OCDS_PREFIX = "ocds-jbtest";

    /** How production restarts a node: from a root directory prepared once, with a class-data-sharing archive. */
    private static final Path START_SCRIPT = Path.of("deploy/start.sh");

    private final String name;
    private final int port;
    private final Map<String, String> env;
    private final boolean throughStartScript;
    private Process process;

    private RunningApp(String name, int port, Map<String, String> env, boolean throughStartScript) {
        this.name = name;
        this.port = port;
        this.env = env;
        this.throughStartScript = throughStartScript;
    }

    /** The instance shared by all integration tests: MariaDB, demo data, admin password set. */
    public static synchronized RunningApp shared() {
        if (shared == null) {
            MariaDb.Database db = MariaDb.freshDatabase("jiebang_it");
            Map<String, String> env = onMariaDb(db);
            env.put("JIEBANG_DEMO", "true");
            env.put("JIEBANG_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("JIEBANG_OCDS_PREFIX", OCDS_PREFIX);
            // the tests count what they make: the demo accounts without the demo market (DemoIT starts one with it)
            env.put("JIEBANG_DEMO_MARKET", "false");
            // the release feed without its minute's lag, so that a test reads what it just did
            env.put("JIEBANG_OCDS_FEED_LAG_SECONDS", "0");
            // every response says how many SQL statements it took (X-Jiebang-Sql), for the budget of 5
            env.put("JIEBANG_DEBUG_SQL_COUNT", "true");
            // short bidding periods, so that tests see deadlines pass
            env.put("JIEBANG_BIDDING_MIN_SECONDS", String.valueOf(MIN_BIDDING_SECONDS));
            // a short public notice, so that tests see it end
            env.put("JIEBANG_AWARD_NOTICE_SECONDS", String.valueOf(NOTICE_SECONDS));
            // notifications are mailed to the SMTP server inside the tests
            MailServer.shared();
            env.put("JIEBANG_MAIL_HOST", "127.0.0.1");
            env.put("JIEBANG_MAIL_PORT", String.valueOf(MailServer.PORT));
            env.put("JIEBANG_MAIL_BASE_URL", "http://localhost:" + SHARED_PORT);
            sharedEnv = Map.copyOf(env);
            shared = start("shared", SHARED_PORT, env);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A second node of the shared instance: same database and settings, its own data directory and port. */
    public static RunningApp secondNode(int port) {
        return secondNode(port, Map.of());
    }

    /** A second node with some settings of its own (a clock offset, say). */
    public static RunningApp secondNode(int port, Map<String, String> settings) {
        shared();
        Map<String, String> env = new HashMap<>(sharedEnv);
        env.putAll(settings);
        return start("second-node", port, env);
    }

    public static Map<String, String> onMariaDb(MariaDb.Database db) {
        Map<String, String> env = new HashMap<>();
        env.put("JIEBANG_DB_URL", db.url());
        env.put("JIEBANG_DB_USER", db.user());
        env.put("JIEBANG_DB_PASSWORD", db.password());
        return env;
    }

    /** Starts the jar with {@code env} (a fresh data directory of its own) and waits until /health is UP. */
    public static RunningApp start(String name, int port, Map<String, String> env) {
        deleteTree(WORK.resolve(name));
        RunningApp app = new RunningApp(name, port, env, false);
        app.start();
        return app;
    }

    /**
     * Starts the jar as {@code deploy/start.sh --port N} does in production, with {@code env} and a
     * fresh data directory; its root directory ({@code micro/} beside the data) is prepared by the
     * first start and kept for the next.
     */
    public static RunningApp startThroughStartScript(String name, int port, Map<String, String> env) {
        deleteTree(WORK.resolve(name));
        RunningApp app = new RunningApp(name, port, env, true);
        app.start();
        return app;
    }

    /** A test run starts from an empty data directory, whatever an earlier run left there. */
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot empty " + dir, e);
        }
    }

    /** Starts again after {@link #stop()}, with the same data directory and settings. */
    public void start() {
        try {
            Path dir = WORK.resolve(name).toAbsolutePath();
            Files.createDirectories(dir);
            ProcessBuilder builder = throughStartScript
                    ? new ProcessBuilder("bash", START_SCRIPT.toAbsolutePath().toString(), "--port", String.valueOf(port))
                    : new ProcessBuilder("java", "-Xmx768m", "-jar", JAR.toAbsolutePath().toString(),
                            "--port", String.valueOf(port));
            builder.directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
            builder.environment().put("JIEBANG_DATA_DIR", dir.resolve("data").toString());
            if (throughStartScript) {
                builder.environment().put("JIEBANG_JAR", JAR.toAbsolutePath().toString());
                builder.environment().put("JIEBANG_ROOT", dir.resolve("micro").toString());
                builder.environment().put("JAVA_OPTS", "-Xmx768m");
            }
            builder.environment().putAll(env);
            process = builder.start();
            // a first start through the script prepares its root directory first: about one start more
            waitUntilHealthy(dir.resolve("app.log"), throughStartScript ? 480 : 240);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + JAR, e);
        }
    }

    private void waitUntilHealthy(Path log, int seconds) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().replace(" ", "").contains("\"name\":\"database\",\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop(); // not left running (nor its root directory's lock held) for the next start
        throw new IllegalStateException("the application did not become healthy in " + seconds + " s; see " + log);
    }

    /** How much the app has logged so far: a mark for {@link #loggedSince(long)}. */
    public long logMark() {
        return log().toFile().length();
    }

    /** The lines the app logged after {@code mark} that contain {@code text}. */
    public java.util.List<String> loggedSince(long mark, String text) {
        try (var in = new java.io.RandomAccessFile(log().toFile(), "r")) {
            in.seek(Math.min(mark, in.length()));
            byte[] rest = new byte[(int) (in.length() - in.getFilePointer())];
            in.readFully(rest);
            return new String(rest, java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.contains(text)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + log(), e);
        }
    }

    /**
     * Whether the running JVM has a class-data-sharing archive of {@code deploy/start.sh}'s root
     * directory mapped into its memory (Linux: {@code /proc/PID/maps}), that is, uses it.
     */
    public boolean mapsTheClassArchive() {
        try {
            Path archive = WORK.resolve(name).resolve("micro").resolve("jiebang.jsa");
            if (!Files.exists(archive)) {
                return false;
            }
            Path real = archive.toRealPath();
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "maps")).stream()
                    .anyMatch(line -> line.endsWith(real.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the memory map of " + name, e);
        }
    }

    private Path log() {
        return WORK.resolve(name).resolve("app.log");
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public int port() {
        return port;
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
