package org.triagedesk.assessment;

/** Thrown when an assessment names a protocol the engine does not have. */
public final class UnknownProtocolException extends RuntimeException {

  private final String protocolId;

  public UnknownProtocolException(String protocolId) {
    super("unknown protocol: " + protocolId);
    this.protocolId = protocolId;
  }

  public String protocolId() {
    return protocolId;
  }
}
