package org.triagedesk.assessment.protocol;

import org.triagedesk.assessment.Urgency;

/** Replaces a cause's default urgency when {@code when} holds (first match wins). */
public record UrgencyRule(Criterion when, Urgency urgency) {}
