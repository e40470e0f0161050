package org.triagedesk.assessment.protocol;

/**
 * One item of a score: {@code points} when {@code when} holds. {@code group} (may be null) names a
 * finding with several bands, of which only the highest holding one counts.
 */
public record ScoreItem(String id, String group, Criterion when, double points) {}
