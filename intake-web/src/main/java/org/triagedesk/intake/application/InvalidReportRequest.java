package org.triagedesk.intake.application;

/** A report was asked for with parameters that cannot make one; says which parameter and why. */
public class InvalidReportRequest extends RuntimeException {
  private final String parameter;

  public InvalidReportRequest(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
