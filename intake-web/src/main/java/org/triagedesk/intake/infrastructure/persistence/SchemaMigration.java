package org.triagedesk.intake.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before the application takes requests. A failed
 * migration fails the deployment: the application never runs on a half-migrated schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
  private DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now) on "
                + DatabaseSettings.fromEnvironment().safeDescription());
    migrated = true;
  }

  /** Common migrations, plus PostgreSQL's own (the audit trail's insert-only trigger). */
  static String[] locations() {
    return DatabaseSettings.fromEnvironment().isEmbeddedH2()
        ? new String[] {"classpath:db/migration"}
        : new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"};
  }

  public boolean isMigrated() {
    return migrated;
  }
}
