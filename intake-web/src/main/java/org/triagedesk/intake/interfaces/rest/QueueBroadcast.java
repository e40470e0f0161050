package org.triagedesk.intake.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.triagedesk.intake.application.QueueChanged;

/**
 * The open event streams of this server's staff pages. Each {@link QueueChanged} goes to all of
 * them as a "queue" event (or "heartbeat"); the data is only a sequence number, never patient data:
 * a page re-reads the queue and the alerts through the API (audited, role-checked) on every event,
 * and on "hello", which every new stream starts with.
 *
 * <p>Each stream is closed after {@link #STREAM_LIFETIME}; the browser reconnects by itself after
 * {@link #RECONNECT_MS}. Measured on Payara Micro 6: a stream whose browser has gone is not noticed
 * by the server, and while its request is open the staff session never times out. Bounded streams
 * let an abandoned session idle out as it should (at most this much later).
 */
@ApplicationScoped
public class QueueBroadcast {

  static final long RECONNECT_MS = 2000;
  static final Duration STREAM_LIFETIME = Duration.ofSeconds(10);

  private record Stream(SseEventSink sink, Instant openedAt) {}

  private final Queue<Stream> streams = new ConcurrentLinkedQueue<>();
  private volatile Sse sse;

  void register(SseEventSink sink, Sse context) {
    sse = context;
    sink.send(event("hello", 0));
    streams.add(new Stream(sink, Instant.now()));
  }

  // The queue is a ConcurrentLinkedQueue: removing while iterating is safe and weakly consistent.
  @SuppressWarnings("ModifyCollectionInEnhancedForLoop")
  void on(@Observes QueueChanged change) {
    Sse context = sse;
    if (context == null) {
      return;
    }
    Instant expired = Instant.now().minus(STREAM_LIFETIME);
    for (Stream stream : streams) {
      try {
        if (stream.sink().isClosed()) {
          streams.remove(stream);
        } else if (stream.openedAt().isBefore(expired)) {
          close(stream);
        } else if (change.kind() != QueueChanged.Kind.TICK) {
          String name = change.kind() == QueueChanged.Kind.CHANGED ? "queue" : "heartbeat";
          stream
              .sink()
              .send(event(name, change.mark()))
              .whenComplete(
                  (done, failed) -> {
                    if (failed != null) {
                      close(stream);
                    }
                  });
        }
      } catch (RuntimeException e) {
        // One stream's broken connection must not stop the others (nor the watch that tells them).
        close(stream);
      }
    }
  }

  /** Ends a stream; a browser that has gone makes closing throw, which changes nothing. */
  private void close(Stream stream) {
    streams.remove(stream);
    try {
      stream.sink().close();
    } catch (RuntimeException e) {
      // the connection was closed by the other side already
    }
  }

  private OutboundSseEvent event(String name, long mark) {
    return sse.newEventBuilder()
        .name(name)
        .id(Long.toString(mark))
        .reconnectDelay(RECONNECT_MS)
        .mediaType(MediaType.TEXT_PLAIN_TYPE)
        .data(String.class, Long.toString(mark))
        .build();
  }
}
