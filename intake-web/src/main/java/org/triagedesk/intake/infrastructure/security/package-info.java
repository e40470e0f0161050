/**
 * Who is asking: the one authentication mechanism (form, Basic, kiosk token, session), the
 * platform's identity stores it delegates to, login throttling, security headers, and the first
 * accounts. What each role may do is declared in WEB-INF/web.xml (docs/security.md).
 */
package org.triagedesk.intake.infrastructure.security;
