package org.triagedesk.intake.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.kiosk.KioskSecret;
import org.triagedesk.intake.domain.staff.StaffAccounts;

/**
 * The application's one authentication mechanism (Jakarta Security takes one): it picks, per
 * request,
 *
 * <ul>
 *   <li>form login ({@code POST /login}) opening a server-side staff session, and {@code POST
 *       /logout};
 *   <li>HTTP Basic for staff scripts on the API;
 *   <li>a kiosk token, as {@code Authorization: Bearer} or as the enrolled kiosk's HttpOnly cookie;
 *   <li>the staff session, for the pages and their API calls;
 * </ul>
 *
 * and delegates every password and token check to the platform's identity stores. Which role may do
 * what is not decided here but in web.xml's security constraints (docs/security.md).
 * Cookie-authenticated requests that change state must carry the session's CSRF token.
 */
@ApplicationScoped
public class TriageAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN = "/login";
  static final String LOGOUT = "/logout";
  static final String LOGIN_PAGE = "/login.html";
  public static final String KIOSK_COOKIE = "triage_kiosk";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "csrf";

  /** Request attribute through which the session endpoint learns the caller's CSRF token. */
  public static final String CSRF_ATTRIBUTE = "triage.csrf";

  static final String REALM = "Triage Desk";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject IdentityStoreHandler identityStores;
  @Inject SecuritySettings settings;
  @Inject SecurityAudit audit;
  @Inject StaffBootstrap bootstrap;
  @Inject StaffAccounts accounts;
  @Inject AccountChanges changes;
  @Inject Clock clock;

  private LoginThrottle throttle;
  private VerifiedCredentials verified;

  @PostConstruct
  void init() {
    throttle = new LoginThrottle(settings.throttleLimits(), clock);
    verified = new VerifiedCredentials(settings.basicCacheLifetime(), clock);
    changes.use(verified);
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.apply(request, response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean post = "POST".equals(request.getMethod());
    if (post && LOGIN.equals(path)) {
      return formLogin(request, response, context);
    }
    if (post && LOGOUT.equals(path)) {
      return logout(request, response, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && !authorization.isBlank()) {
      return fromAuthorizationHeader(authorization.strip(), request, response, context, path);
    }
    StaffSession staff = staffSession(request);
    if (staff != null) {
      if (changesState(request) && !csrfMatches(request, staff.csrfToken())) {
        return context.isProtected()
            ? refuse(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Missing or wrong CSRF token: reload the page.")
            : context.doNothing();
      }
      request.setAttribute(CSRF_ATTRIBUTE, staff.csrfToken());
      return context.notifyContainerAboutLogin(staff.username(), staff.roles());
    }
    String kioskToken = cookie(request, KIOSK_COOKIE);
    if (kioskToken != null) {
      CredentialValidationResult kiosk =
          identityStores.validate(new KioskTokenCredential(new KioskSecret(kioskToken)));
      if (kiosk.getStatus() == CredentialValidationResult.Status.VALID) {
        String csrf = KioskCsrf.tokenFor(kioskToken);
        if (changesState(request) && !csrfMatches(request, csrf)) {
          return context.isProtected()
              ? refuse(
                  response,
                  HttpServletResponse.SC_FORBIDDEN,
                  "Missing or wrong CSRF token: reload the page.")
              : context.doNothing();
        }
        request.setAttribute(CSRF_ATTRIBUTE, csrf);
        return context.notifyContainerAboutLogin(kiosk);
      }
      // A revoked or unknown kiosk is anonymous: the kiosk page learns it from GET /api/session.
    }
    return context.isProtected()
        ? challenge(request, response, context, path)
        : context.doNothing();
  }

  // ---- staff pages: form login and logout -------------------------------------------------------

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!sameOrigin(request)) {
      return refuse(response, HttpServletResponse.SC_FORBIDDEN, "Login from another site refused.");
    }
    String address = request.getRemoteAddr();
    String username = strip(request.getParameter("username"));
    String password = request.getParameter("password");
    String next = localTarget(request.getParameter("next"));
    if (!bootstrap.staffLoginsAvailable()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?error=unavailable");
    }
    if (username.isEmpty() || password == null || password.isEmpty()) {
      return context.redirect(
          request.getContextPath() + LOGIN_PAGE + "?error=invalid" + nextParameter(next));
    }
    LoginThrottle.Decision decision = throttle.check(username, address);
    if (decision.refused()) {
      audit.record(
          knownOrUnknown(username),
          Set.of(),
          address,
          AuditAction.LOGIN_THROTTLED,
          Outcome.REFUSED,
          "form");
      return tooManyAttemptsPage(request, response, decision.retryAfter());
    }
    pause(decision.delay());
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      audit.record(
          knownOrUnknown(username),
          Set.of(),
          address,
          AuditAction.LOGIN_FAILED,
          Outcome.FAILURE,
          "form");
      return context.redirect(
          request.getContextPath() + LOGIN_PAGE + "?error=invalid" + nextParameter(next));
    }
    throttle.succeeded(username);
    String caller = result.getCallerPrincipal().getName();
    Set<String> roles = Set.copyOf(result.getCallerGroups());
    HttpSession session = request.getSession(true);
    request.changeSessionId(); // no session fixation: a new id at every login
    session.setMaxInactiveInterval(settings.sessionIdleSeconds());
    session.setAttribute(
        StaffSession.ATTRIBUTE, new StaffSession(caller, roles, newCsrfToken(), clock.instant()));
    audit.record(caller, roles, address, AuditAction.LOGIN, Outcome.SUCCESS, "form");
    return context.redirect(request.getContextPath() + (next != null ? next : homeOf(roles)));
  }

  private AuthenticationStatus logout(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    StaffSession staff =
        session == null ? null : (StaffSession) session.getAttribute(StaffSession.ATTRIBUTE);
    if (staff != null) {
      if (!csrfMatches(request, staff.csrfToken())) {
        return refuse(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "Missing or wrong CSRF token: reload the page.");
      }
      audit.record(
          staff.username(),
          staff.roles(),
          request.getRemoteAddr(),
          AuditAction.LOGOUT,
          Outcome.SUCCESS,
          null);
      session.removeAttribute(
          StaffSession.ATTRIBUTE); // so the session listener does not call it a timeout
      session.invalidate();
    }
    context.cleanClientSubject();
    return context.redirect(request.getContextPath() + LOGIN_PAGE + "?loggedOut=1");
  }

  private StaffSession staffSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object attribute = session.getAttribute(StaffSession.ATTRIBUTE);
    if (!(attribute instanceof StaffSession staff)) {
      return null;
    }
    if (changes.changedSince(staff.username(), staff.loggedInAt())) {
      session.removeAttribute(StaffSession.ATTRIBUTE);
      session.invalidate();
      return null;
    }
    return staff;
  }

  // ---- API clients: Basic for staff scripts, Bearer for kiosks ----------------------------------

  private AuthenticationStatus fromAuthorizationHeader(
      String authorization,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    int space = authorization.indexOf(' ');
    String scheme = space < 0 ? authorization : authorization.substring(0, space);
    String value = space < 0 ? "" : authorization.substring(space + 1).strip();
    if (scheme.equalsIgnoreCase("Basic")) {
      return basic(value, request, response, context);
    }
    if (scheme.equalsIgnoreCase("Bearer")) {
      return bearer(value, request, response, context);
    }
    return unauthorized(
        request,
        response,
        "Unsupported Authorization scheme: use Basic (staff) or Bearer (kiosk).");
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(request, response, "Malformed Basic credentials.");
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return unauthorized(request, response, "Malformed Basic credentials.");
    }
    String username = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    String address = request.getRemoteAddr();
    if (!bootstrap.staffLoginsAvailable()) {
      return refuse(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Staff logins are refused: no admin account exists (set TRIAGE_ADMIN_PASSWORD and restart).");
    }
    LoginThrottle.Decision decision = throttle.check(username, address);
    if (decision.refused()) {
      audit.record(
          knownOrUnknown(username),
          Set.of(),
          address,
          AuditAction.LOGIN_THROTTLED,
          Outcome.REFUSED,
          "basic");
      response.setHeader(
          "Retry-After", Long.toString(Math.max(1, decision.retryAfter().toSeconds())));
      return refuse(
          response,
          429,
          "Too many failed logins: try again in " + minutes(decision.retryAfter()) + ".");
    }
    VerifiedCredentials.Caller remembered = verified.find(username, password);
    if (remembered != null) {
      return context.notifyContainerAboutLogin(remembered.username(), remembered.groups());
    }
    pause(decision.delay());
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      audit.record(
          knownOrUnknown(username),
          Set.of(),
          address,
          AuditAction.LOGIN_FAILED,
          Outcome.FAILURE,
          "basic");
      return unauthorized(request, response, "Wrong username or password.");
    }
    throttle.succeeded(username);
    Set<String> groups = Set.copyOf(result.getCallerGroups());
    String caller = result.getCallerPrincipal().getName();
    verified.remember(caller, password, groups);
    audit.record(caller, groups, address, AuditAction.LOGIN, Outcome.SUCCESS, "basic");
    return context.notifyContainerAboutLogin(caller, groups);
  }

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (token.isEmpty()) {
      return unauthorized(request, response, "Empty Bearer token.");
    }
    CredentialValidationResult result =
        identityStores.validate(new KioskTokenCredential(new KioskSecret(token)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      audit.record(
          "kiosk:unknown",
          Set.of(),
          request.getRemoteAddr(),
          AuditAction.LOGIN_FAILED,
          Outcome.FAILURE,
          "bearer: unknown or revoked kiosk token");
      return unauthorized(request, response, "Unknown or revoked kiosk token.");
    }
    return context.notifyContainerAboutLogin(result);
  }

  // ---- refusals
  // ----------------------------------------------------------------------------------

  /** An anonymous call to a protected resource: pages go to the login page, the API answers 401. */
  private AuthenticationStatus challenge(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    if (path.startsWith("/api/")) {
      return unauthorized(
          request, response, "Log in first: this needs a staff account or an enrolled kiosk.");
    }
    String query = request.getQueryString();
    String target = path + (query == null ? "" : "?" + query);
    return context.redirect(
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String message) {
    // Pages' own calls say X-Requested-With: no Basic challenge, so the browser shows no password
    // dialog.
    if (request.getHeader("X-Requested-With") == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    }
    return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, message);
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, int status, String message) {
    try {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("status", status)
                  .add("message", message)
                  .add("errors", Json.createArrayBuilder())
                  .build()
                  .toString());
      response.flushBuffer();
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus tooManyAttemptsPage(
      HttpServletRequest request, HttpServletResponse response, Duration retryAfter) {
    try {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
      response.setContentType("text/html");
      response.setCharacterEncoding("UTF-8");
      String login = request.getContextPath() + LOGIN_PAGE;
      response
          .getWriter()
          .write(
              """
          <!DOCTYPE html>
          <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Too many attempts – Triage Desk</title><link rel="stylesheet" href="%s/css/triage.css"></head>
          <body class="staff"><main id="main"><h1>Too many attempts</h1>
          <p role="alert">Too many failed logins. Please wait %s, then <a href="%s">try again</a>.
          If you have forgotten your password, ask an administrator to reset it.</p></main></body></html>
          """
                  .formatted(request.getContextPath(), minutes(retryAfter), login));
      response.flushBuffer();
    } catch (IOException e) {
      // The client went away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------

  private String knownOrUnknown(String username) {
    // A mistyped username can be a password typed in the wrong field: only real account names are
    // audited.
    return accounts.withUsername(username).map(a -> a.username()).orElse("unknown-account");
  }

  private static boolean changesState(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
  }

  private static boolean csrfMatches(HttpServletRequest request, String expected) {
    String sent = request.getHeader(CSRF_HEADER);
    if (sent == null
        && request.getContentType() != null
        && request.getContentType().startsWith("application/x-www-form-urlencoded")) {
      sent = request.getParameter(CSRF_FIELD);
    }
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A login form posted from another site (login CSRF) is refused. Browsers say where a request
   * comes from in {@code Sec-Fetch-Site}; with our no-referrer policy they send {@code Origin:
   * null} on POSTs, so Origin is only checked when it names a site. A client that sends neither (a
   * script) is not a browser being misused.
   */
  private static boolean sameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return true;
    }
    try {
      URI uri = URI.create(origin);
      String host = request.getHeader("Host");
      String originHost = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      return host != null
          && (host.equalsIgnoreCase(originHost) || host.equalsIgnoreCase(uri.getHost()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName())
          && cookie.getValue() != null
          && !cookie.getValue().isBlank()) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** Only a path on this site: never an open redirect to another one. */
  static String localTarget(String next) {
    if (next == null
        || next.isBlank()
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.contains("\r")
        || next.contains("\n")
        || next.startsWith(LOGIN)) {
      return null;
    }
    return next;
  }

  private static String nextParameter(String next) {
    return next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }

  static String homeOf(Set<String> roles) {
    if (roles.contains("NURSE") || roles.contains("CLINICIAN")) {
      return "/staff/queue.html";
    }
    if (roles.contains("ADMIN")) {
      return "/staff/admin/accounts.html";
    }
    return "/staff/";
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private static String newCsrfToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String minutes(Duration duration) {
    long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
