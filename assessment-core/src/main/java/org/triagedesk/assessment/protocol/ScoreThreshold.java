package org.triagedesk.assessment.protocol;

import java.math.BigDecimal;

/**
 * A cut-off the instrument's source publishes, e.g. ADD-RS {@code >= 2} or Wells {@code > 4}, with
 * what it means in clinic words. Rules may compare a score only with a declared threshold.
 */
public record ScoreThreshold(String operator, BigDecimal value, String meaning) {}
