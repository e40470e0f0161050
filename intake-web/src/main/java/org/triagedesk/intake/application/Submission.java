package org.triagedesk.intake.application;

/**
 * The answer to a submission: the intake, and whether this request stored it ({@code stored}) or
 * repeated one already stored under the same Idempotency-Key (a retry or a double tap).
 */
public record Submission(SubmittedIntake intake, boolean stored) {}
