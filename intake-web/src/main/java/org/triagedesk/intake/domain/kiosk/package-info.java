/** Enrolled check-in kiosks and their secrets (kept only as digests). */
package org.triagedesk.intake.domain.kiosk;
