package org.triagedesk.intake.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.triagedesk.intake.infrastructure.persistence.DataSourceDeclaration;
import org.triagedesk.intake.infrastructure.persistence.SchemaMigration;

/**
 * Ready only when the database answers and its schema is migrated: only then can intakes be stored.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private SchemaMigration schemaMigration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (!schemaMigration.isMigrated()) {
      return response.down().withData("schema", "not migrated").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2)
          ? response.up().withData("schema", "migrated").build()
          : response.down().withData("connection", "not valid").build();
    } catch (SQLException e) {
      return response.down().withData("connection", "unavailable").build();
    }
  }
}
