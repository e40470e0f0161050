package org.triagedesk.intake.application.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.triagedesk.assessment.AssessmentEngine;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.application.AssessmentDocument;
import org.triagedesk.intake.application.IntakeDetail.HistoryLine;
import org.triagedesk.intake.application.IntakeRecord;

/**
 * Intakes as a clinic would hold them, built without a container from assessment-core's vignettes:
 * the engine's real result on the vignette's answers and vital signs, a patient, and a nurse's day
 * with the intake (called, taken into triage, urgency overridden one level up, vital signs, seen).
 */
final class FhirFixtures {

  static final String PROTOCOL = "upper-back-pain";
  static final AssessmentEngine ENGINE = AssessmentEngine.withBundledProtocols();
  static final Path VIGNETTES = Paths.get("../assessment-core/src/test/resources/vignettes");
  static final Instant ARRIVED = Instant.parse("2026-03-02T09:00:00Z");

  /** A normal set of the nurse's measurements, used where a vignette measured none of these. */
  static final Map<String, Object> NORMAL_VITALS =
      Map.of(
          "heart_rate",
          82,
          "respiratory_rate",
          16,
          "spo2",
          98,
          "systolic_bp_right",
          128,
          "systolic_bp_left",
          124,
          "temperature_c",
          new BigDecimal("36.8"));

  record Vignette(String id, Map<String, Object> answers, Map<String, Object> vitals) {}

  private FhirFixtures() {}

  static List<Vignette> vignettes() {
    ObjectMapper json = new ObjectMapper();
    List<Vignette> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(VIGNETTES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode node = json.readTree(file.toFile());
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = json.convertValue(node.get("answers"), LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> vitals =
            node.has("vitals")
                ? json.convertValue(node.get("vitals"), LinkedHashMap.class)
                : new LinkedHashMap<>();
        all.add(new Vignette(node.get("id").asText(), answers, vitals));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  static IntakeRecord intake(long id, Vignette vignette) {
    Map<String, Object> measured = new LinkedHashMap<>(vignette.vitals());
    boolean measuredAny = NORMAL_VITALS.keySet().stream().anyMatch(measured::containsKey);
    if (!measuredAny) {
      measured.putAll(NORMAL_VITALS);
    }
    AssessmentDocument assessment =
        AssessmentDocument.of(ENGINE.assess(PROTOCOL, vignette.answers(), measured));
    Map<String, Object> numericVitals = new LinkedHashMap<>();
    measured.forEach(
        (k, v) -> {
          if (NORMAL_VITALS.containsKey(k)) {
            numericVitals.put(k, v);
          }
        });
    Urgency engine = assessment.urgency();
    Urgency nurse =
        engine == Urgency.EMERGENCY ? Urgency.EMERGENCY : Urgency.values()[engine.ordinal() - 1];
    Instant called = ARRIVED.plusSeconds(600);
    Instant triage = ARRIVED.plusSeconds(660);
    Instant vitalsAt = ARRIVED.plusSeconds(700);
    Instant override = ARRIVED.plusSeconds(760);
    Instant seen = ARRIVED.plusSeconds(1500);
    List<HistoryLine> history =
        List.of(
            new HistoryLine(
                null,
                ARRIVED,
                "kiosk: lobby",
                "ARRIVED",
                "Arrived, assessed by the engine",
                null,
                null,
                null,
                null,
                null),
            new HistoryLine(
                1L,
                called,
                "nurse",
                "STATUS",
                "Status waiting → called",
                "WAITING",
                "CALLED",
                null,
                null,
                null),
            new HistoryLine(
                2L,
                triage,
                "nurse",
                "STATUS",
                "Status called → in triage",
                "CALLED",
                "IN_TRIAGE",
                null,
                null,
                null),
            new HistoryLine(
                3L,
                vitalsAt,
                "nurse",
                "VITALS",
                "Vital signs measured; engine re-run",
                engine.name(),
                engine.name(),
                null,
                numericVitals.toString(),
                null),
            new HistoryLine(
                4L,
                override,
                "nurse",
                "URGENCY",
                "Urgency set to " + nurse,
                null,
                nurse.name(),
                nurse == engine ? null : "Looks worse than the answers say",
                null,
                null),
            new HistoryLine(
                5L,
                seen,
                "nurse",
                "STATUS",
                "Status in triage → seen",
                "IN_TRIAGE",
                "SEEN",
                null,
                null,
                null));
    return new IntakeRecord(
        id,
        "A-" + String.format("%03d", id % 1000),
        ARRIVED,
        "SEEN",
        seen,
        new IntakeRecord.Patient(
            "Ana",
            "Prueba",
            LocalDate.of(1960, 5, 4),
            id % 2 == 0 ? "es" : "en",
            id % 3 == 0 ? "+34 600 000 000" : null),
        PROTOCOL,
        assessment.protocolVersion(),
        vignette.answers(),
        List.of(),
        assessment,
        vitalsAt,
        nurse,
        nurse == engine ? null : "Looks worse than the answers say",
        "nurse",
        override,
        numericVitals,
        vitalsAt,
        "nurse",
        engine == Urgency.EMERGENCY ? ARRIVED : null,
        engine == Urgency.EMERGENCY ? ARRIVED.plusSeconds(30) : null,
        engine == Urgency.EMERGENCY ? "nurse" : null,
        history,
        Map.of("CARDIAC_ACS", "Heart attack"));
  }
}
