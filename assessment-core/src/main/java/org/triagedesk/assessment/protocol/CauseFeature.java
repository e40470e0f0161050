package org.triagedesk.assessment.protocol;

/**
 * A feature that raises (positive weight) or lowers (negative weight) a cause's score when it
 * holds.
 */
public record CauseFeature(Criterion when, double weight) {}
