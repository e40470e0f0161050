package org.triagedesk.intake.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** One shared JSON-B instance: creating one is expensive, and it is thread-safe. */
@ApplicationScoped
public class JsonProducer {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Produces
  Jsonb jsonb() {
    return jsonb;
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // Closing at shutdown releases caches only; nothing is lost if it fails.
    }
  }
}
