package org.triagedesk.intake.interfaces.rest;

import java.io.IOException;

/**
 * Thrown from the request body's stream while it is read, when the body breaks a limit that can
 * only be seen while reading (a chunked body that grows past the size limit, JSON nested too deep).
 * An IOException, so that whatever reads the stream (JSON-B, Jersey) passes it on; {@link
 * UnexpectedErrorMapper} finds it in the cause chain and answers with its status.
 */
final class BodyRefused extends IOException {

  private final int status;

  BodyRefused(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
