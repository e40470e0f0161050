package org.triagedesk.reporting.model;

/**
 * Vital signs entered by a nurse (protocol section G). Each value is null when not measured.
 *
 * @param heartRate beats per minute
 * @param respiratoryRate breaths per minute
 * @param spo2 oxygen saturation in percent
 * @param systolicBpRight systolic blood pressure, right arm, mmHg
 * @param systolicBpLeft systolic blood pressure, left arm, mmHg
 * @param temperatureC body temperature in degrees Celsius
 */
public record VitalSigns(
    Integer heartRate,
    Integer respiratoryRate,
    Integer spo2,
    Integer systolicBpRight,
    Integer systolicBpLeft,
    Double temperatureC) {}
