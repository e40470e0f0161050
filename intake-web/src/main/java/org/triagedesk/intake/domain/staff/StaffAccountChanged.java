package org.triagedesk.intake.domain.staff;

import java.time.Instant;

/**
 * An account's password, roles or status changed: open sessions and remembered credentials of that
 * account must not outlive the change.
 */
public record StaffAccountChanged(String username, Instant at) {}
