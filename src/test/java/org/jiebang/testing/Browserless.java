package org.jiebang.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pages over plain HTTP with a cookie jar of its own, for checks that need no browser: headers,
 * cookies, redirects, status codes, texts. Can log in through the login form.
 */
public final class Browserless {

    /** PrimeFaces' CSP mode expects the page's nonce back with every post (its script adds it in a browser). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final RunningApp app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public Browserless(RunningApp app) {
        this.app = app;
        // HTTP/1.1, as a browser speaks it without TLS: the JDK client's default tries an upgrade to
        // cleartext HTTP/2 (h2c), which browsers never do, and a connection upgraded so was once
        // closed by the server under a request ("EOF reached while reading")
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits the login form; answers the response to the form post. */
    public HttpResponse<String> login(String username, String password) {
        return login(username, password, "");
    }

    /** Submits the login form with where to go afterwards. */
    public HttpResponse<String> login(String username, String password, String continueTo) {
        HttpResponse<String> page = get("/login");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:continue", continueTo);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        fields.put("primefaces.nonce", nonce(page.body()));
        return postForm("/login", fields);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no view state in the page");
        }
        return m.group(1);
    }

    public static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSP nonce in the page");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
