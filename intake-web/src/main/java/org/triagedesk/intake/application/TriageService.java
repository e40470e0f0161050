package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.intake.AssessmentRecord;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.IntakeStatus;
import org.triagedesk.intake.domain.intake.TriageRuleBroken;
import org.triagedesk.intake.domain.intake.VitalSigns;

/**
 * The nurses' actions on one intake: status moves, confirming or overriding the urgency, vital
 * signs with a re-assessment, acknowledging an emergency alert, undo. The intake decides; this
 * service finds it, checks the nurse saw its current version, lets it act, audits (a refusal too,
 * in its own transaction) and returns the updated detail.
 */
@ApplicationScoped
public class TriageService {

  /** The protocol's section G as a nurse enters it; each is range-checked against the protocol. */
  static final Set<String> VITAL_SIGNS =
      Set.of(
          "heart_rate",
          "respiratory_rate",
          "spo2",
          "systolic_bp_right",
          "systolic_bp_left",
          "temperature_c");

  @Inject IntakeRepository intakes;
  @Inject IntakeDetails details;
  @Inject AssessmentService assessments;
  @Inject Jsonb jsonb;
  @Inject Clock clock;
  @Inject Audit audit;

  @Transactional
  public IntakeDetail moveTo(long id, String status, String reason, Long version, Caller nurse) {
    return moveTo(id, status, null, reason, version, nurse);
  }

  /**
   * A status move; calling with a room also puts ticket and room on the waiting-room screen. A room
   * with any other move is refused, so that a typo never silently calls nobody.
   */
  @Transactional
  public IntakeDetail moveTo(
      long id, String status, String room, String reason, Long version, Caller nurse) {
    IntakeStatus next =
        parse(IntakeStatus.class, "status", status, id, AuditAction.INTAKE_STATUS_CHANGED, nurse);
    boolean toRoom = room != null;
    if (toRoom && next != IntakeStatus.CALLED) {
      audit.recordRefusal(nurse, AuditAction.INTAKE_STATUS_CHANGED, id, "room given with " + next);
      throw new InvalidRequest(
          "A room goes with a call.", Map.of("room", "only with status CALLED"));
    }
    return act(
        id,
        version,
        nurse,
        AuditAction.INTAKE_STATUS_CHANGED,
        intake -> {
          String before = intake.status().name();
          if (toRoom) {
            intake.callTo(room, reason, nurse.name(), clock.instant());
            return "status " + before + "->" + next + " room=" + intake.callRoom().orElse("");
          }
          intake.moveTo(next, reason, nurse.name(), clock.instant());
          return "status " + before + "->" + next;
        });
  }

  @Transactional
  public IntakeDetail setUrgency(
      long id,
      String urgency,
      String reason,
      boolean confirmBelowRedFlag,
      Long version,
      Caller nurse) {
    Urgency level = parse(Urgency.class, "urgency", urgency, id, AuditAction.URGENCY_SET, nurse);
    return act(
        id,
        version,
        nurse,
        AuditAction.URGENCY_SET,
        intake -> {
          Urgency floor = redFlagFloor(intake);
          String before = intake.finalUrgency().map(Enum::name).orElse("none");
          intake.setFinalUrgency(
              level, reason, confirmBelowRedFlag, floor, nurse.name(), clock.instant());
          return "urgency "
              + before
              + "->"
              + level
              + " assessed="
              + intake.assessedUrgency()
              + (intake.isBelowRedFlag() ? " below-red-flag-minimum=" + floor : "");
        });
  }

  @Transactional
  public IntakeDetail recordVitals(
      long id, Map<String, Object> measured, Long version, Caller nurse) {
    return act(
        id,
        version,
        nurse,
        AuditAction.VITALS_RECORDED,
        intake -> {
          VitalSigns vitals = vitalSigns(intake, measured);
          Urgency before = intake.assessedUrgency();
          AssessmentDocument reassessed =
              assessments.assess(
                  intake.protocolId(),
                  details.answers(intake),
                  vitals.over(intake.vitals()).asAnswers());
          intake.recordVitals(
              vitals,
              new AssessmentRecord(
                  reassessed.protocol(),
                  reassessed.protocolVersion(),
                  reassessed.urgency(),
                  reassessed.redFlagIds(),
                  reassessed.topCauses(),
                  jsonb.toJson(reassessed)),
              nurse.name(),
              clock.instant());
          // Which signs, not their values: the audit trail holds no clinical data beyond what it
          // must.
          return "vitals "
              + String.join(",", vitals.asAnswers().keySet())
              + " assessed "
              + before
              + "->"
              + reassessed.urgency();
        });
  }

  @Transactional
  public IntakeDetail acknowledgeAlert(long id, Caller nurse) {
    return act(
        id,
        null,
        nurse,
        AuditAction.ALERT_ACKNOWLEDGED,
        intake -> {
          Instant raised = intake.alertRaisedAt().orElse(null);
          Instant now = clock.instant();
          intake.acknowledgeAlert(nurse.name(), now);
          return "alert acknowledged after "
              + java.time.Duration.between(raised, now).toSeconds()
              + " s";
        });
  }

  @Transactional
  public IntakeDetail undo(long id, String reason, Long version, Caller nurse) {
    return act(
        id,
        version,
        nurse,
        AuditAction.CHANGE_UNDONE,
        intake -> {
          intake.undoLastChange(reason, nurse.name(), clock.instant());
          var undo = intake.history().get(intake.history().size() - 1);
          return "undone " + undo.detail() + " " + undo.before() + "->" + undo.after();
        });
  }

  /** An action with a detail line for the audit record. */
  private interface Action {
    String on(Intake intake);
  }

  private IntakeDetail act(long id, Long version, Caller nurse, AuditAction action, Action work) {
    Intake intake = intakes.find(id).orElse(null);
    if (intake == null) {
      audit.recordRefusal(nurse, action, null, "no such intake " + id);
      throw new UnknownResource("No intake " + id + ".");
    }
    try {
      intake.checkUnchangedSince(version);
      String detail = work.on(intake);
      intakes.flush();
      audit.record(nurse, action, id, Outcome.SUCCESS, detail);
      return details.detail(intake);
    } catch (TriageRuleBroken e) {
      audit.recordRefusal(nurse, action, id, "refused: " + e.field());
      throw e.isConflict()
          ? InvalidRequest.conflict(e.getMessage(), e.field(), e.getMessage())
          : new InvalidRequest(e.getMessage(), Map.of(e.field(), e.getMessage()));
    } catch (InvalidRequest e) {
      audit.recordRefusal(nurse, action, id, "refused: " + String.join(",", e.fields().keySet()));
      throw e;
    }
  }

  private <E extends Enum<E>> E parse(
      Class<E> type, String field, String value, long id, AuditAction action, Caller nurse) {
    try {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException();
      }
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      String why = "must be one of " + java.util.Arrays.toString(type.getEnumConstants());
      audit.recordRefusal(nurse, action, id, "refused: " + field);
      throw new InvalidRequest("The " + field + " is missing or unknown.", Map.of(field, why));
    }
  }

  /** The highest minimum urgency of the red flags that fired, or null when none fired. */
  @SuppressWarnings("unchecked")
  private Urgency redFlagFloor(Intake intake) {
    Map<String, Object> assessment = jsonb.fromJson(intake.assessmentJson(), Map.class);
    Urgency floor = null;
    if (assessment.get("redFlags") instanceof java.util.List<?> flags) {
      for (Object flag : flags) {
        Object minimum = flag instanceof Map<?, ?> m ? m.get("minimumUrgency") : null;
        if (minimum != null) {
          Urgency level = Urgency.valueOf(String.valueOf(minimum));
          floor = floor == null || level.isMoreUrgentThan(floor) ? level : floor;
        }
      }
    }
    return floor;
  }

  /**
   * The measured signs, each checked against the protocol's range for it; every bad field is named.
   */
  private VitalSigns vitalSigns(Intake intake, Map<String, Object> measured) {
    Map<String, String> problems = new LinkedHashMap<>();
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    if (measured == null || measured.isEmpty()) {
      throw new InvalidRequest(
          "Give at least one vital sign.",
          Map.of("body", "must hold at least one of " + VITAL_SIGNS));
    }
    ProtocolWording words = details.wording(intake);
    measured.forEach(
        (field, value) -> {
          if (!VITAL_SIGNS.contains(field)) {
            problems.put(field, "is not a vital sign (expected one of " + VITAL_SIGNS + ")");
            return;
          }
          if (value == null) {
            return;
          }
          Question question =
              words.protocol() == null ? null : words.protocol().question(field).orElse(null);
          BigDecimal number;
          try {
            number = IntakeDetails.decimal(value);
          } catch (NumberFormatException e) {
            problems.put(field, "must be a number");
            return;
          }
          if (question != null
              && !"temperature_c".equals(field)
              && number.stripTrailingZeros().scale() > 0) {
            problems.put(field, "must be a whole number");
            return;
          }
          if (question != null
              && ((question.min() != null && number.compareTo(question.min()) < 0)
                  || (question.max() != null && number.compareTo(question.max()) > 0))) {
            problems.put(
                field,
                "must be between "
                    + question.min().toPlainString()
                    + " and "
                    + question.max().toPlainString()
                    + " ("
                    + ProtocolWording.text(question.text())
                    + ")");
            return;
          }
          values.put(field, number);
        });
    if (!problems.isEmpty()) {
      throw new InvalidRequest("Some vital signs are not possible values.", problems);
    }
    if (values.isEmpty()) {
      throw new InvalidRequest(
          "Give at least one vital sign.",
          Map.of("body", "must hold at least one of " + VITAL_SIGNS));
    }
    return new VitalSigns(
        whole(values.get("heart_rate")),
        whole(values.get("respiratory_rate")),
        whole(values.get("spo2")),
        whole(values.get("systolic_bp_right")),
        whole(values.get("systolic_bp_left")),
        values.get("temperature_c"));
  }

  private static Integer whole(BigDecimal value) {
    return value == null ? null : value.intValueExact();
  }
}
