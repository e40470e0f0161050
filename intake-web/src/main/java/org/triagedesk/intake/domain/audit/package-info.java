/** The append-only audit trail: who saw or changed what, when, and from where. */
package org.triagedesk.intake.domain.audit;
