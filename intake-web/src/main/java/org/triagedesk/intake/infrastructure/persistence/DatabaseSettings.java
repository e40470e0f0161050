package org.triagedesk.intake.infrastructure.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the database is. The embedded H2 file under {@code TRIAGE_DATA_DIR} (default {@code
 * ./data}) unless {@code TRIAGE_DB_URL} names another one. Each setting may also be given as a
 * system property ({@code triage.db.url}, {@code triage.data.dir}, ...), which wins over the
 * environment.
 */
public record DatabaseSettings(String url, String user, String password) {

  /**
   * Committed changes go to the file at once (H2 otherwise waits up to 500 ms); see
   * docs/operations.md.
   */
  static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

  public static DatabaseSettings fromEnvironment() {
    return from(System::getProperty, System.getenv());
  }

  /** The application's data directory: {@code TRIAGE_DATA_DIR}, {@code ./data} by default. */
  public static Path dataDirectory() {
    return dataDirectory(settings(System::getProperty, System.getenv()));
  }

  static DatabaseSettings from(Function<String, String> systemProperties, Map<String, String> env) {
    Function<String, Optional<String>> setting = settings(systemProperties, env);
    Path dataDir = dataDirectory(setting);
    String url =
        setting
            .apply("TRIAGE_DB_URL")
            .orElseGet(() -> "jdbc:h2:file:" + dataDir.resolve("triage") + H2_OPTIONS);
    return new DatabaseSettings(
        url,
        setting.apply("TRIAGE_DB_USER").orElse("triage"),
        setting.apply("TRIAGE_DB_PASSWORD").orElse(""));
  }

  private static Function<String, Optional<String>> settings(
      Function<String, String> systemProperties, Map<String, String> env) {
    return name ->
        Optional.ofNullable(systemProperties.apply(name.toLowerCase(Locale.ROOT).replace('_', '.')))
            .or(() -> Optional.ofNullable(env.get(name)))
            .filter(value -> !value.isBlank());
  }

  private static Path dataDirectory(Function<String, Optional<String>> setting) {
    return Path.of(setting.apply("TRIAGE_DATA_DIR").orElse("data")).toAbsolutePath().normalize();
  }

  public boolean isEmbeddedH2() {
    return url.startsWith("jdbc:h2:");
  }

  /** The URL without credentials or options, safe to show in logs and health output. */
  public String safeDescription() {
    int options = url.indexOf(isEmbeddedH2() ? ';' : '?');
    return options < 0 ? url : url.substring(0, options);
  }
}
