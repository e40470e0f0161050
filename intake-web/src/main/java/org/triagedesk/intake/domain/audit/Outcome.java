package org.triagedesk.intake.domain.audit;

public enum Outcome {
  SUCCESS,
  FAILURE,
  REFUSED
}
