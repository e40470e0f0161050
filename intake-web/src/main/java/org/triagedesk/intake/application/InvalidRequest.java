package org.triagedesk.intake.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request a use case cannot carry out as asked, with each offending field and why (answered 400
 * or, for a clash with existing data, 409).
 */
public class InvalidRequest extends RuntimeException {

  private final Map<String, String> fields;
  private final boolean conflict;

  public InvalidRequest(String message, Map<String, String> fields) {
    this(message, fields, false);
  }

  private InvalidRequest(String message, Map<String, String> fields, boolean conflict) {
    super(message);
    // In the order the checks found them (Map.copyOf would shuffle the error list from one run to
    // the next).
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.conflict = conflict;
  }

  public static InvalidRequest conflict(String message, String field, String why) {
    return new InvalidRequest(message, Map.of(field, why), true);
  }

  public Map<String, String> fields() {
    return fields;
  }

  public boolean isConflict() {
    return conflict;
  }
}
