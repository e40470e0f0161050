package org.triagedesk.intake.infrastructure.security;

import org.triagedesk.intake.domain.kiosk.KioskSecret;

/**
 * The CSRF token of a kiosk that holds its token in a cookie: derived from the token, so every
 * server of a cluster agrees on it without sharing state, and unguessable by a page that cannot
 * read the HttpOnly cookie.
 */
final class KioskCsrf {

  private KioskCsrf() {}

  static String tokenFor(String kioskToken) {
    return KioskSecret.digestOf("csrf:" + kioskToken);
  }
}
