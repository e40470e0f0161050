/**
 * The evaluation machinery behind {@link org.triagedesk.assessment.AssessmentEngine}: answers
 * normalised into arrays and bit sets, protocol rules compiled once into an evaluation tree. Public
 * only so the engine can reach it; not an API for other modules.
 */
package org.triagedesk.assessment.rules;
