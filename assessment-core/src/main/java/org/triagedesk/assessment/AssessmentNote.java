package org.triagedesk.assessment;

/**
 * A note for the nurse and the patient about the assessment itself, e.g. "not enough answers for
 * self-care".
 */
public record AssessmentNote(String id, LocalizedText text) {}
