package org.triagedesk.assessment;

/** One offending answer: the question id as sent and why it was refused, in plain English. */
public record AnswerProblem(String questionId, String reason) {}
