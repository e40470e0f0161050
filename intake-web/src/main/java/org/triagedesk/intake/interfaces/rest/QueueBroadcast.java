package org.triagedesk.intake.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import org.triagedesk.intake.application.QueueChanged;

/**
 * The open event streams of this server's staff pages. Each {@link QueueChanged} goes to all of them as a
 * "queue" event (or "heartbeat"); the data is only a sequence number, never patient data: a page re-reads
 * the queue and the alerts through the API (audited, role-checked) on every event.
 */
@ApplicationScoped
public class QueueBroadcast {

  /** Browsers reconnect after this many milliseconds when a stream drops (a restart, a load balancer). */
  static final long RECONNECT_MS = 2000;

  private Sse sse;
  private SseBroadcaster broadcaster;

  synchronized void register(SseEventSink sink, Sse context) {
    if (broadcaster == null) {
      sse = context;
      broadcaster = context.newBroadcaster();
    }
    sink.send(event("hello", 0));
    broadcaster.register(sink);
  }

  void on(@Observes QueueChanged change) {
    SseBroadcaster target;
    synchronized (this) {
      target = broadcaster;
    }
    if (target != null) {
      target.broadcast(event(change.heartbeat() ? "heartbeat" : "queue", change.mark()));
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
