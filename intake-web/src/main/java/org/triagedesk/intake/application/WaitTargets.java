package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagedesk.assessment.Urgency;

/**
 * How long a patient of each urgency may wait to be seen before the queue shows the wait as over
 * target. Defaults after the Manchester Triage System (EMERGENCY immediately, URGENT 10, SOON 60,
 * ROUTINE 120, SELF_CARE 240 minutes); each is configurable, e.g. {@code
 * TRIAGE_WAIT_MINUTES_URGENT=15}.
 */
@ApplicationScoped
public class WaitTargets {

  /** Waits past this share of the target show as "near" (amber) before they are over (red). */
  static final double NEAR = 0.75;

  @Inject
  @ConfigProperty(name = "triage.wait.minutes.emergency", defaultValue = "0")
  int emergency;

  @Inject
  @ConfigProperty(name = "triage.wait.minutes.urgent", defaultValue = "10")
  int urgent;

  @Inject
  @ConfigProperty(name = "triage.wait.minutes.soon", defaultValue = "60")
  int soon;

  @Inject
  @ConfigProperty(name = "triage.wait.minutes.routine", defaultValue = "120")
  int routine;

  @Inject
  @ConfigProperty(name = "triage.wait.minutes.self-care", defaultValue = "240")
  int selfCare;

  public int minutes(Urgency urgency) {
    return switch (urgency) {
      case EMERGENCY -> emergency;
      case URGENT -> urgent;
      case SOON -> soon;
      case ROUTINE -> routine;
      case SELF_CARE -> selfCare;
    };
  }

  /** "within", "near" or "over" the target: a word as well as a colour on the page. */
  public String state(Urgency urgency, long waitedMinutes) {
    int target = minutes(urgency);
    if (waitedMinutes > target
        || (target == 0 && waitedMinutes >= 0 && urgency == Urgency.EMERGENCY)) {
      return "over";
    }
    return waitedMinutes >= target * NEAR ? "near" : "within";
  }
}
