package org.triagedesk.intake.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.TimeZone;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.util.DateTimeUtils;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations on a real H2 file database, opened as the application opens it: the schema
 * is created, a stored intake is still there after the database is closed and opened again, and a
 * second start applies nothing twice.
 */
class SchemaMigrationTest {

  static JdbcDataSource h2(Path dir) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dir.resolve("triage") + DatabaseSettings.H2_OPTIONS);
    dataSource.setUser("triage");
    dataSource.setPassword("");
    return dataSource;
  }

  static int migrate(JdbcDataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  @Test
  void migrate_shouldCreateTheSchema_andKeepIntakesAcrossARestart() throws Exception {
    Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "schema");

    assertThat(migrate(h2(dir))).isPositive();
    try (Connection connection = h2(dir).getConnection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO intake (id, version, ticket, arrived_at, status, given_name, family_name, birth_date,"
              + " language, protocol_id, protocol_version, answers_json, assessed_urgency, final_urgency,"
              + " red_flags, top_causes, assessment_json) VALUES (NEXT VALUE FOR intake_seq, 1, 'A-001',"
              + " CURRENT_TIMESTAMP, 'WAITING', 'Ana', 'Test', DATE '1980-01-01', 'en', 'upper-back-pain',"
              + " '0.1.1', '{}', 'URGENT', 'URGENT', 'RF-INFECT-1', 'SPINAL_INFECTION', '{}')");
    }
    shutdown(h2(dir));

    assertThat(migrate(h2(dir))).isZero();
    try (Connection connection = h2(dir).getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT ticket, final_urgency FROM intake")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("ticket")).isEqualTo("A-001");
      assertThat(rows.getString("final_urgency")).isEqualTo("URGENT");
    }
    shutdown(h2(dir));
  }

  @Test
  void migrate_shouldClearTheEngineCopiedFinalUrgency_andPutWaitingIntakesInQueueOrder()
      throws Exception {
    Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "schema");
    Flyway.configure()
        .dataSource(h2(dir))
        .locations("classpath:db/migration")
        .target("2")
        .load()
        .migrate();
    try (Connection connection = h2(dir).getConnection();
        Statement sql = connection.createStatement()) {
      for (String[] row :
          new String[][] {
            {"A-001", "WAITING", "URGENT"},
            {"A-002", "CLOSED", "EMERGENCY"},
            {"A-003", "WAITING", "EMERGENCY"}
          }) {
        sql.executeUpdate(
            "INSERT INTO intake (id, version, ticket, arrived_at, status, given_name, family_name, birth_date,"
                + " language, protocol_id, protocol_version, answers_json, assessed_urgency, final_urgency,"
                + " red_flags, top_causes, assessment_json) VALUES (NEXT VALUE FOR intake_seq, 1, '"
                + row[0]
                + "', CURRENT_TIMESTAMP, '"
                + row[1]
                + "', 'Ana', 'Test', DATE '1980-01-01', 'en',"
                + " 'upper-back-pain', '0.1.1', '{}', '"
                + row[2]
                + "', '"
                + row[2]
                + "', '', '', '{}')");
      }
    }

    assertThat(migrate(h2(dir))).isPositive();
    try (Connection connection = h2(dir).getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT ticket, status, final_urgency, queue_rank, alert_raised_at FROM intake ORDER BY ticket")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("final_urgency")).as("no nurse reviewed it").isNull();
      assertThat(rows.getInt("queue_rank")).isEqualTo(1);
      assertThat(rows.getObject("alert_raised_at")).isNull();
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("status")).isEqualTo("SEEN");
      assertThat(rows.getObject("queue_rank")).as("off the queue").isNull();
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt("queue_rank")).isZero();
      assertThat(rows.getObject("alert_raised_at"))
          .as("a waiting emergency raises its alert")
          .isNotNull();
    }
    shutdown(h2(dir));
  }

  @Test
  void migrate_shouldTurnArrivalWallClockTimesIntoInstants_inTheZoneTheyWereWrittenIn()
      throws Exception {
    // Before V7 arrived_at held the JVM zone's wall-clock time. Two arrivals around New York's
    // spring-forward
    // (2026-03-08, 02:00 -> 03:00) are two wall-clock hours but one real hour apart.
    TimeZone jvmZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    DateTimeUtils.resetCalendar(); // H2 caches the JVM zone it gives each session
    try {
      Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "schema");
      Flyway.configure()
          .dataSource(h2(dir))
          .locations("classpath:db/migration")
          .target("6")
          .load()
          .migrate();
      try (Connection connection = h2(dir).getConnection();
          Statement sql = connection.createStatement()) {
        for (String[] row :
            new String[][] {{"A-001", "2026-03-08 01:30:00"}, {"A-002", "2026-03-08 03:30:00"}}) {
          sql.executeUpdate(
              "INSERT INTO intake (id, version, ticket, arrived_at, status, given_name, family_name, birth_date,"
                  + " language, protocol_id, protocol_version, answers_json, assessed_urgency,"
                  + " red_flags, top_causes, assessment_json) VALUES (NEXT VALUE FOR intake_seq, 1, '"
                  + row[0]
                  + "', TIMESTAMP '"
                  + row[1]
                  + "', 'WAITING', 'Ana', 'Test', DATE '1980-01-01', 'en',"
                  + " 'upper-back-pain', '0.1.1', '{}', 'SOON', '', '', '{}')");
        }
      }

      assertThat(migrate(h2(dir))).as("V7 and the migrations after it").isPositive();
      try (Connection connection = h2(dir).getConnection();
          Statement sql = connection.createStatement();
          ResultSet rows = sql.executeQuery("SELECT arrived_at FROM intake ORDER BY ticket")) {
        assertThat(rows.getMetaData().getColumnType(1)).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
        assertThat(rows.next()).isTrue();
        assertThat(rows.getObject(1, OffsetDateTime.class).toInstant())
            .isEqualTo(Instant.parse("2026-03-08T06:30:00Z"));
        assertThat(rows.next()).isTrue();
        assertThat(rows.getObject(1, OffsetDateTime.class).toInstant())
            .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
      }
      shutdown(h2(dir));
    } finally {
      TimeZone.setDefault(jvmZone);
      DateTimeUtils.resetCalendar();
    }
  }

  private static void shutdown(JdbcDataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("SHUTDOWN");
    }
  }
}
