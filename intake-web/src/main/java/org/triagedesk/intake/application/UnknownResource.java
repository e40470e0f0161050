package org.triagedesk.intake.application;

/** The thing asked for does not exist (answered 404). */
public class UnknownResource extends RuntimeException {
  public UnknownResource(String message) {
    super(message);
  }
}
