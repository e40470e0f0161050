package org.triagedesk.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.triagedesk.reporting.model.NurseOverride;
import org.triagedesk.reporting.model.PatientIdentity;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.QueueStatus;
import org.triagedesk.reporting.model.UrgencyLevel;
import org.triagedesk.reporting.model.VitalSigns;

/**
 * Queue entries for tests and the benchmark: hand-made ones with every field filled, and a
 * deterministic generator of realistic full-data entries that produces them lazily, so millions
 * cost no memory.
 */
public final class QueueEntries {
  public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
  public static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private static final String[] GIVEN = {
    "Anna", "Bruno", "Chloé", "Dario", "Elif", "Femi", "Giulia"
  };
  private static final String[] FAMILY = {"Keller", "Rossi", "Nguyen", "Okafor", "Meier", "Dubois"};
  private static final String[] CAUSES = {
    "MSK_STRAIN",
    "POSTURAL",
    "GERD",
    "ACS",
    "AORTIC_DISSECTION",
    "PE",
    "SHINGLES",
    "BILIARY",
    "CERVICAL_RADICULOPATHY"
  };
  private static final String[] FLAGS = {
    "RF-ACS-1", "RF-AORTA-1", "RF-CORD-1", "RF-PE-1", "RF-INFECTION-1"
  };
  private static final String[] LANGUAGES = {"en", "de", "fr", "it", "tr"};

  private QueueEntries() {}

  public static Instant at(int hour, int minute) {
    return ZonedDateTime.of(DAY.atTime(hour, minute), ZONE).toInstant();
  }

  /** An entry with every field filled; the caller adjusts what it tests. */
  public static QueueEntry full(
      String ticket, UrgencyLevel assessed, UrgencyLevel finalLevel, int waitMinutes) {
    Instant arrived = at(9, 0);
    Instant triaged = arrived.plus(Duration.ofMinutes(waitMinutes));
    NurseOverride override =
        assessed == finalLevel
            ? null
            : new NurseOverride(
                assessed,
                finalLevel,
                "Looked well, pain reproducible on palpation",
                "nurse.keller",
                triaged);
    return new QueueEntry(
        ticket,
        "Bern",
        arrived,
        triaged,
        triaged.plus(Duration.ofMinutes(5)),
        triaged.plus(Duration.ofMinutes(40)),
        assessed,
        finalLevel,
        List.of("RF-ACS-1"),
        List.of("MSK_STRAIN", "GERD", "ACS"),
        override,
        QueueStatus.CLOSED,
        "de",
        new PatientIdentity("Hannelore", "Zwygart", LocalDate.of(1961, 3, 14)),
        65,
        new VitalSigns(88, 16, 97, 135, 131, 37.2),
        "RF-ACS-1: sweating_clammy=true; ranked ACS from pain_spreads_to=left_arm",
        assessed == UrgencyLevel.EMERGENCY ? arrived : null,
        assessed == UrgencyLevel.EMERGENCY ? arrived.plus(Duration.ofMinutes(2)) : null);
  }

  /** {@code count} generated entries over the test day, produced on demand. */
  public static Iterator<QueueEntry> generated(long count, long seed) {
    return new Iterator<>() {
      private final SplittableRandom random = new SplittableRandom(seed);
      private long made;

      @Override
      public boolean hasNext() {
        return made < count;
      }

      @Override
      public QueueEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        made++;
        return generate(random, made);
      }
    };
  }

  private static QueueEntry generate(SplittableRandom random, long number) {
    UrgencyLevel[] levels = UrgencyLevel.values();
    UrgencyLevel assessed = levels[random.nextInt(levels.length)];
    UrgencyLevel finalLevel =
        random.nextInt(10) == 0 ? levels[random.nextInt(levels.length)] : assessed;
    Instant arrived = at(7 + random.nextInt(12), random.nextInt(60));
    Instant triaged = arrived.plusSeconds(60L * random.nextInt(5, 180));
    NurseOverride override =
        finalLevel == assessed
            ? null
            : new NurseOverride(
                assessed,
                finalLevel,
                "Reviewed with vital signs; history points to "
                    + CAUSES[random.nextInt(CAUSES.length)],
                "nurse" + random.nextInt(20),
                triaged);
    String cause1 = CAUSES[random.nextInt(CAUSES.length)];
    String cause2 = CAUSES[random.nextInt(CAUSES.length)];
    String cause3 = CAUSES[random.nextInt(CAUSES.length)];
    List<String> flags =
        random.nextInt(8) == 0 ? List.of(FLAGS[random.nextInt(FLAGS.length)]) : List.of();
    QueueStatus status =
        random.nextInt(30) == 0 ? QueueStatus.LEFT_WITHOUT_BEING_SEEN : QueueStatus.CLOSED;
    int age = random.nextInt(16, 95);
    return new QueueEntry(
        String.format("A-%06d", number),
        "Bern",
        arrived,
        triaged,
        triaged.plusSeconds(300),
        triaged.plusSeconds(2400),
        assessed,
        finalLevel,
        flags,
        List.of(cause1, cause2, cause3),
        override,
        status,
        LANGUAGES[random.nextInt(LANGUAGES.length)],
        new PatientIdentity(
            GIVEN[random.nextInt(GIVEN.length)],
            FAMILY[random.nextInt(FAMILY.length)],
            DAY.minusYears(age).minusDays(random.nextInt(365))),
        age,
        new VitalSigns(
            random.nextInt(50, 130),
            random.nextInt(10, 30),
            random.nextInt(88, 101),
            random.nextInt(95, 180),
            random.nextInt(95, 180),
            36.0 + random.nextInt(40) / 10.0),
        "Answers: pain_location=between_shoulder_blades; mechanical="
            + random.nextBoolean()
            + (flags.isEmpty() ? "" : "; fired " + flags.get(0)),
        assessed == UrgencyLevel.EMERGENCY ? arrived : null,
        assessed == UrgencyLevel.EMERGENCY ? arrived.plusSeconds(30 + number % 270) : null);
  }
}
