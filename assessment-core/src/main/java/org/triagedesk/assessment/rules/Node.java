package org.triagedesk.assessment.rules;

import java.util.Map;

/**
 * A compiled criterion. {@link #test} is the hot path (no allocation); {@link #explain} runs only
 * for rules that fired, to record which answers made them fire.
 */
interface Node {

  boolean test(Evaluation evaluation);

  void explain(Evaluation evaluation, Map<String, Object> into);
}
