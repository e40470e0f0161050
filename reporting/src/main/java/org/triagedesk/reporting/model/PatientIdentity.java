package org.triagedesk.reporting.model;

import java.time.LocalDate;

/**
 * Who the patient is. Only the identified workbook shows it; the de-identified one never reads it.
 *
 * @param givenName may be null
 * @param familyName may be null
 * @param birthDate may be null
 */
public record PatientIdentity(String givenName, String familyName, LocalDate birthDate) {}
