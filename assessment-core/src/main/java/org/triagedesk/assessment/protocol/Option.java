package org.triagedesk.assessment.protocol;

import org.triagedesk.assessment.LocalizedText;

/** One allowed answer of a choice or multi-choice question: the value sent, and its label. */
public record Option(String value, LocalizedText label) {}
