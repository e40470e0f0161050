package org.triagedesk.intake.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B the API reads and writes bodies with. A field the request type does not have is refused (400
 * naming it) instead of being dropped: a clinical answer sent under a misspelt name ("patinet", "answer")
 * must not vanish silently. Question ids inside {@code answers} and {@code vitals} are map keys, not fields:
 * the engine refuses unknown ones itself (400 "is not a question of this protocol").
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  /** Yasson's name for the option (JSON-B 3 has no standard constant for it). */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
