package org.triagedesk.intake.application;

import org.triagedesk.intake.domain.audit.AuditQuery;

/** A checked audit search, made by {@link AuditSearch#criteria}; opaque to the interfaces layer. */
public final class AuditCriteria {

  final AuditQuery query;

  AuditCriteria(AuditQuery query) {
    this.query = query;
  }
}
