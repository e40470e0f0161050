package org.triagedesk.intake.domain.staff;

/**
 * What a member of staff may do (docs/security.md holds the full matrix). The names are also the
 * groups the identity store returns and the roles of web.xml, so they never change.
 */
public enum StaffRole {
  /**
   * Works the triage queue: views patients, enters walk-ins, calls, re-triages, overrides, closes.
   */
  NURSE,
  /** Reads the queue and patient details; downloads reports. */
  CLINICIAN,
  /**
   * Manages staff accounts and kiosks, reads the audit trail; sees no clinical data without another
   * role.
   */
  ADMIN
}
