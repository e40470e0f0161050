package org.triagedesk.intake.domain.intake;

import java.util.Objects;

/**
 * Who handed an intake in: an enrolled kiosk (by its name) or a nurse at the desk (by username).
 */
public record Submitter(Channel channel, String name) {

  public enum Channel {
    KIOSK,
    STAFF,
    /** Intakes stored before submitters were recorded. */
    UNKNOWN
  }

  public Submitter {
    Objects.requireNonNull(channel);
    Objects.requireNonNull(name);
  }

  public static Submitter kiosk(String kioskName) {
    return new Submitter(Channel.KIOSK, kioskName);
  }

  public static Submitter nurse(String username) {
    return new Submitter(Channel.STAFF, username);
  }
}
