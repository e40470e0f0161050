package org.triagedesk.assessment.protocol;

/** One defect in a protocol file: where (file, rule, field) and what is wrong. */
public record ProtocolProblem(String file, String rule, String field, String message) {

  @Override
  public String toString() {
    return file
        + ": rule "
        + (rule == null ? "-" : rule)
        + ", field "
        + (field == null ? "-" : field)
        + ": "
        + message;
  }
}
