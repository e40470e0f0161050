package org.triagedesk.intake.interfaces.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The JSON-B the API reads and writes bodies with. A field the request type does not have is
 * refused (400 naming it) instead of being dropped: a clinical answer sent under a misspelt name
 * ("patinet", "answer") must not vanish silently. Question ids inside {@code answers} and {@code
 * vitals} are map keys, not fields: the engine refuses unknown ones itself (400 "is not a question
 * of this protocol").
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  /** Yasson's name for the option (JSON-B 3 has no standard constant for it). */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
              .withDeserializers(new TextOnly()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  /**
   * A text field takes a JSON string (or null), nothing else. JSON-B's implementation (Yasson 3)
   * would read {@code ["Ana"]} as "Ana" and {@code 5} or {@code true} as text: a client sending the
   * wrong shape must hear so rather than have its value bent into one. Numbers stay as JSON-B reads
   * them.
   */
  static final class TextOnly implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      // getValue, not currentEvent: Yasson's parser for deserializers does not implement the
      // latter.
      JsonValue value = parser.getValue();
      if (value instanceof JsonString text) {
        return text.getString();
      }
      if (value == JsonValue.NULL) {
        return null;
      }
      throw new JsonbException("expected a JSON string");
    }
  }
}
