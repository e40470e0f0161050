package org.triagedesk.intake.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's own pooled data source, so the WAR needs no server-side set-up. */
@DataSourceDefinition(
    name = DataSourceDeclaration.JNDI_NAME,
    className = "org.triagedesk.intake.infrastructure.persistence.TriageDataSource",
    minPoolSize = 1,
    maxPoolSize = 20,
    initialPoolSize = 1)
@ApplicationScoped
public class DataSourceDeclaration {
  public static final String JNDI_NAME = "java:app/jdbc/triage";
}
