/**
 * Intakes: the patient, the answers, the engine's result, the queue they wait in, and where they
 * are kept.
 */
package org.triagedesk.intake.domain.intake;
