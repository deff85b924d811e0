package org.jiebang.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/** A small JSON client of the REST API for tests: calls, status and parsed body. */
public final class Api {

    /** An answer: the status, the raw body and, when it is JSON, the parsed body. */
    public record Answer(int status, String body, HttpResponse<String> response) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public jakarta.json.JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** HTTP/1.1, not the JDK's attempt at cleartext HTTP/2, which clients of the API do not make (see {@link Browserless}) */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final RunningApp app;
    private final String token;

    public Api(RunningApp app) {
        this(app, null);
    }

    private Api(RunningApp app, String token) {
        this.app = app;
        this.token = token;
    }

    /** A client that sends the bearer token of {@code username}. */
    public Api as(String username, String password) {
        Answer answer = post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build().toString());
        if (answer.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + answer);
        }
        return new Api(app, answer.json().getString("token"));
    }

    public Api withToken(String bearer) {
        return new Api(app, bearer);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts any type, as a browser's download does. */
    public Answer getAnything(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    /** A GET that accepts plain text (metrics speak the Prometheus/OpenMetrics text format). */
    public Answer getText(String path) {
        return send(request(path).setHeader("Accept", "text/plain").GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer post(String path, JsonValue json) {
        return post(path, json.toString());
    }

    /** Posts raw bytes as {@code application/octet-stream}. */
    public Answer postBytes(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer put(String path, JsonValue json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
