/**
 * Protocols as data: the model of a complaint protocol (questionnaire, rule language, red flags,
 * causes, advice), reading it from JSON and validating it before any engine uses it.
 */
package org.triagedesk.assessment.protocol;
