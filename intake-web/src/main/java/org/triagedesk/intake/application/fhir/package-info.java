/**
 * FHIR R4, the wire format EHRs speak: the protocol as a Questionnaire and an intake as a Bundle,
 * built with HAPI FHIR's model classes from the application layer's plain values and the protocol.
 * The mapping reads the engine's protocol model (questions, options, display conditions), which
 * only the application layer may see (docs/architecture.md), so it lives here, beside the use
 * cases, and never sees an entity; the REST resources only write its result. docs/fhir.md says
 * which answer goes where and which codes are used.
 */
package org.triagedesk.intake.application.fhir;
