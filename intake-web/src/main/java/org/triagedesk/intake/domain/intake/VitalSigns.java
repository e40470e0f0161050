package org.triagedesk.intake.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vital signs a nurse measured (the protocol's section G), each possibly missing. Immutable: a
 * new measurement is a new value, merged over the previous one so that a nurse may re-measure one
 * sign only.
 */
@Embeddable
public class VitalSigns {

  @Column(name = "heart_rate")
  private Integer heartRate;

  @Column(name = "respiratory_rate")
  private Integer respiratoryRate;

  @Column(name = "spo2")
  private Integer spo2;

  @Column(name = "systolic_bp_right")
  private Integer systolicBpRight;

  @Column(name = "systolic_bp_left")
  private Integer systolicBpLeft;

  @Column(name = "temperature_c", precision = 4, scale = 1)
  private BigDecimal temperatureC;

  protected VitalSigns() {}

  public VitalSigns(
      Integer heartRate,
      Integer respiratoryRate,
      Integer spo2,
      Integer systolicBpRight,
      Integer systolicBpLeft,
      BigDecimal temperatureC) {
    this.heartRate = heartRate;
    this.respiratoryRate = respiratoryRate;
    this.spo2 = spo2;
    this.systolicBpRight = systolicBpRight;
    this.systolicBpLeft = systolicBpLeft;
    this.temperatureC = temperatureC;
  }

  public static VitalSigns none() {
    return new VitalSigns();
  }

  /** This measurement, with the earlier one's values for every sign not measured now. */
  public VitalSigns over(VitalSigns earlier) {
    if (earlier == null) {
      return this;
    }
    return new VitalSigns(
        heartRate != null ? heartRate : earlier.heartRate,
        respiratoryRate != null ? respiratoryRate : earlier.respiratoryRate,
        spo2 != null ? spo2 : earlier.spo2,
        systolicBpRight != null ? systolicBpRight : earlier.systolicBpRight,
        systolicBpLeft != null ? systolicBpLeft : earlier.systolicBpLeft,
        temperatureC != null ? temperatureC : earlier.temperatureC);
  }

  public boolean isEmpty() {
    return asAnswers().isEmpty();
  }

  /**
   * The signs as the protocol's question ids (section G) to values: what the engine takes as
   * vitals.
   */
  public Map<String, Object> asAnswers() {
    Map<String, Object> answers = new LinkedHashMap<>();
    put(answers, "heart_rate", heartRate);
    put(answers, "respiratory_rate", respiratoryRate);
    put(answers, "spo2", spo2);
    put(answers, "systolic_bp_right", systolicBpRight);
    put(answers, "systolic_bp_left", systolicBpLeft);
    put(answers, "temperature_c", temperatureC);
    return answers;
  }

  private static void put(Map<String, Object> answers, String id, Object value) {
    if (value != null) {
      answers.put(id, value);
    }
  }

  public Integer heartRate() {
    return heartRate;
  }

  public Integer respiratoryRate() {
    return respiratoryRate;
  }

  public Integer spo2() {
    return spo2;
  }

  public Integer systolicBpRight() {
    return systolicBpRight;
  }

  public Integer systolicBpLeft() {
    return systolicBpLeft;
  }

  public BigDecimal temperatureC() {
    return temperatureC;
  }

  /** Measurements only, never who the patient is: safe in the history and the audit detail. */
  @Override
  public String toString() {
    return asAnswers().toString();
  }
}
