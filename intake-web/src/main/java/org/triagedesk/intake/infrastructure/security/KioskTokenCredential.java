package org.triagedesk.intake.infrastructure.security;

import jakarta.security.enterprise.credential.Credential;
import org.triagedesk.intake.domain.kiosk.KioskSecret;

/** A kiosk's token, from an {@code Authorization: Bearer} header or the kiosk's HttpOnly cookie. */
public record KioskTokenCredential(KioskSecret token) implements Credential {}
