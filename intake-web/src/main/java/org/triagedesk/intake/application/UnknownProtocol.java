package org.triagedesk.intake.application;

import java.util.Collection;
import java.util.stream.Collectors;
import org.triagedesk.assessment.protocol.Protocol;

/** A request named a protocol this clinic does not run. */
public class UnknownProtocol extends RuntimeException {
  public UnknownProtocol(String protocolId, Collection<Protocol> known) {
    super(
        "unknown protocol '"
            + protocolId
            + "'; known: "
            + known.stream().map(Protocol::id).sorted().collect(Collectors.joining(", ")));
  }
}
