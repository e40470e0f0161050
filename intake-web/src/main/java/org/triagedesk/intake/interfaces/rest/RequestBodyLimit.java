package org.triagedesk.intake.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds every API request body before anything reads it whole. A declared {@code Content-Length}
 * over the limit is refused with 413 at once, unread; a chunked body is counted as it is read and
 * refused as soon as it passes the limit. JSON bodies are also refused (400) when nested deeper
 * than {@link #MAX_DEPTH}: JSON-B descends recursively, and a few thousand brackets overflowed its
 * stack (a 500). The limit is {@code triage.request.max.bytes} (environment {@code
 * TRIAGE_REQUEST_MAX_BYTES}), 64 KiB by default: an intake with every answer and long names is
 * under 4 KiB.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestBodyLimit extends HttpFilter {

  static final int MAX_DEPTH = 32;

  /**
   * Bodies declared up to this size are read and dropped before the 413; larger ones close the
   * connection.
   */
  static final long DRAIN_BYTES = 1024 * 1024;

  private long maxBytes;

  @Override
  public void init() {
    maxBytes =
        ConfigProvider.getConfig()
            .getOptionalValue("triage.request.max.bytes", Long.class)
            .orElse(64L * 1024);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      if (declared <= DRAIN_BYTES) {
        // Read and dropped a buffer at a time, never kept: a socket closed with unread bytes in it
        // is reset,
        // and a client still sending on a kept-alive connection then loses the answer (measured
        // with the
        // JDK's HttpClient: it waited for its timeout).
        drain(request);
      } else {
        // Megabytes are not worth reading only to drop them: the answer goes first, then the
        // connection closes.
        response.setHeader("Connection", "close");
      }
      refuse(response, 413, tooLarge());
      return;
    }
    String type = request.getContentType();
    boolean json = type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
    chain.doFilter(new Bounded(request, maxBytes, json, tooLarge()), response);
  }

  private static void drain(HttpServletRequest request) throws IOException {
    byte[] buffer = new byte[8192];
    try (var in = request.getInputStream()) {
      while (in.read(buffer) >= 0) {
        // dropped
      }
    }
  }

  private String tooLarge() {
    return "The request body is larger than the limit of " + maxBytes + " bytes.";
  }

  static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            jakarta.json.Json.createObjectBuilder()
                .add("status", status)
                .add("message", message)
                .add(
                    "errors",
                    jakarta.json.Json.createArrayBuilder()
                        .add(
                            jakarta.json.Json.createObjectBuilder()
                                .add("field", "body")
                                .add(
                                    "message",
                                    status == 413 ? "is too large" : "is nested too deep")))
                .build()
                .toString());
  }

  /**
   * The request with its body counted, and its JSON nesting followed, byte by byte as it is read.
   */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long maxBytes;
    private final boolean json;
    private final String tooLarge;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long maxBytes, boolean json, String tooLarge) {
      super(request);
      this.maxBytes = maxBytes;
      this.json = json;
      this.tooLarge = tooLarge;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream());
      }
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(
              getInputStream(), getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
    }

    private final class Counting extends ServletInputStream {
      private final ServletInputStream in;
      private long count;
      private int depth;
      private boolean inString;
      private boolean escaped;

      Counting(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          seen(b);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
          seen(buffer[offset + i]);
        }
        return n;
      }

      private void seen(int b) throws BodyRefused {
        if (++count > maxBytes) {
          throw new BodyRefused(413, tooLarge);
        }
        if (!json) {
          return;
        }
        // UTF-8 continuation bytes are never '"', '\\', '[', '{', so bytes are enough to follow the
        // nesting.
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '[' || b == '{') {
          if (++depth > MAX_DEPTH) {
            throw new BodyRefused(
                400, "The JSON body is nested deeper than " + MAX_DEPTH + " levels.");
          }
        } else if (b == ']' || b == '}') {
          depth--;
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }
}
