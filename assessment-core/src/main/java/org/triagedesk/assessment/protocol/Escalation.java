package org.triagedesk.assessment.protocol;

import org.triagedesk.assessment.Urgency;

/**
 * Raises a fired red flag to {@code to} when {@code when} also holds (e.g. RF-MOTOR under 72
 * hours).
 */
public record Escalation(Criterion when, Urgency to) {}
