package org.triagedesk.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's clock, and with it the clinic's one time zone: {@code triage.time.zone} ({@code
 * TRIAGE_TIME_ZONE}), else the former {@code triage.clinic.zone}, else the system's. Instants are
 * stored as instants; the zone decides only calendar questions (a patient's age on arrival, which
 * intakes make "today's" report, audit searches by day). Pages show times in the browser's zone.
 */
@ApplicationScoped
public class ClockProducer {

  @Inject
  @ConfigProperty(name = "triage.time.zone")
  Optional<String> timeZone;

  /** The name used before issue 16, still read so that a deployment that set it keeps its zone. */
  @Inject
  @ConfigProperty(name = "triage.clinic.zone")
  Optional<String> formerName;

  @Produces
  @Singleton
  Clock clock() {
    return Clock.system(clinicZone(timeZone, formerName, ZoneId.systemDefault()));
  }

  static ZoneId clinicZone(Optional<String> timeZone, Optional<String> formerName, ZoneId system) {
    Optional<String> configured =
        timeZone.filter(id -> !id.isBlank()).or(() -> formerName.filter(id -> !id.isBlank()));
    if (configured.isEmpty()) {
      return system;
    }
    try {
      return ZoneId.of(configured.get().strip());
    } catch (DateTimeException e) {
      // Refuse to start rather than date every report and age in a zone nobody chose.
      throw new IllegalStateException(
          "TRIAGE_TIME_ZONE (triage.time.zone) must be a time zone id such as"
              + " Europe/Zurich or America/New_York, not '"
              + configured.get()
              + "'",
          e);
    }
  }
}
