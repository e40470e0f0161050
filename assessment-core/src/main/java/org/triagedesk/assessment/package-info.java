/**
 * The clinical assessment engine: answers in; urgency, fired red flags, ranked likely causes and
 * advice out. {@link org.triagedesk.assessment.AssessmentEngine} is the entry point. Plain Java: no
 * Jakarta EE, no POI.
 */
package org.triagedesk.assessment;
