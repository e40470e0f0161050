package org.triagedesk.intake.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for the API, as any other client of it would be: anonymous, or with a staff
 * account's Basic credentials, a kiosk's Bearer token, or a browser-like cookie jar.
 */
final class ApiClient {

  static final ObjectMapper JSON = new ObjectMapper();

  static final String NURSE = "nurse:demo-nurse";
  static final String CLINICIAN = "clinician:demo-clinician";
  static final String ADMIN = "admin:demo-admin";
  static final String KIOSK_TOKEN = "demo-kiosk-token";

  private final HttpClient http;
  private final URI base;
  private final Map<String, String> headers;

  ApiClient(URL base) {
    this(
        URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
        Map.of());
  }

  private ApiClient(URI base, HttpClient http, Map<String, String> headers) {
    this.base = base;
    this.http = http;
    this.headers = Map.copyOf(headers);
  }

  /** The same client sending this staff account's Basic credentials ("user:password"). */
  ApiClient as(String userColonPassword) {
    return with(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
  }

  ApiClient asKiosk(String token) {
    return with("Authorization", "Bearer " + token);
  }

  ApiClient with(String header, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(header, value);
    return new ApiClient(base, http, more);
  }

  /** A client that keeps cookies, like a browser (no redirects followed). */
  ApiClient withCookieJar() {
    return new ApiClient(
        base,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager())
            .build(),
        headers);
  }

  record Reply(int status, String contentType, byte[] body, HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  Reply get(String path) {
    return send(request(path).GET().build());
  }

  Reply send(String method, String path, String json) {
    HttpRequest.BodyPublisher body =
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json);
    HttpRequest.Builder request = request(path).method(method, body);
    if (json != null) {
      request.header("Content-Type", "application/json").header("Accept", "application/json");
    }
    return send(request.build());
  }

  Reply postJson(String path, String json) {
    return send("POST", path, json);
  }

  Reply postJson(String path, Object body) {
    return postJson(path, write(body));
  }

  Reply patchJson(String path, Object body) {
    return send("PATCH", path, write(body));
  }

  Reply postForm(String path, String form) {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI resolve(String path) {
    return path.startsWith("http") ? URI.create(path) : base.resolve(path);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path));
    headers.forEach(request::header);
    return request;
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
