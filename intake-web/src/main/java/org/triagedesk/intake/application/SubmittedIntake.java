package org.triagedesk.intake.application;

/** What the kiosk tells the patient once the intake is safely stored. */
public record SubmittedIntake(long id, String ticket, AssessmentDocument assessment) {}
