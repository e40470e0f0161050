package org.triagedesk.assessment.protocol;

/** How a question is answered: yes/no, one option, several options, a whole number or a decimal. */
public enum QuestionType {
  BOOLEAN,
  CHOICE,
  MULTI,
  INTEGER,
  NUMBER
}
