package org.triagedesk.intake.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;

/**
 * A staff session that ends while still logged in has timed out (HIPAA automatic logoff): audited.
 * Logout removes the login from the session before ending it, so it is not counted here.
 */
@WebListener
public class SessionTimeouts implements HttpSessionListener {

  @Inject SecurityAudit audit;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object attribute = event.getSession().getAttribute(StaffSession.ATTRIBUTE);
    if (attribute instanceof StaffSession staff) {
      audit.record(
          staff.username(),
          staff.roles(),
          null,
          AuditAction.SESSION_TIMEOUT,
          Outcome.SUCCESS,
          "idle " + event.getSession().getMaxInactiveInterval() + " s");
    }
  }
}
