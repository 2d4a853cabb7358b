package com.clinicchain.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.clinicchain.testsupport.ApiClient;

import tools.jackson.databind.JsonNode;

/** Any method, any header: what the matrix and the benchmark need beyond {@link ApiClient}'s GET and POST. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** @param json the body, or null for none; @param token null for none */
    public static Answer send(String method, String url, String token, String json, Map<String, String> headers) {
        return send(method, url, token, json == null ? Map.of() : Map.of("Content-Type", "application/json"), headers,
                json);
    }

    private static Answer send(String method, String url, String token, Map<String, String> contentType,
                               Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        contentType.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An {@code application/x-www-form-urlencoded} POST without a token, as to Keycloak's token endpoint. */
    public static Answer sendForm(String url, String form) {
        return send("POST", url, null, Map.of("Content-Type", "application/x-www-form-urlencoded"), Map.of(), form);
    }

    public record Answer(int status, String contentType, String etag, String location, String body) {

        public JsonNode json() {
            return ApiClient.JSON.readTree(body);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }
}
