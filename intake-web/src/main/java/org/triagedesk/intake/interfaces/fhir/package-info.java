/**
 * FHIR R4, the wire format EHRs speak: the protocol as a Questionnaire and an intake as a Bundle, built with
 * HAPI FHIR's model classes from the application layer's plain values. Like JSON, FHIR is a way of writing a
 * use case's result on the wire, so the mapping lives here with the other adapters and never sees an entity;
 * docs/fhir.md says which answer goes where and which codes are used.
 */
package org.triagedesk.intake.interfaces.fhir;
