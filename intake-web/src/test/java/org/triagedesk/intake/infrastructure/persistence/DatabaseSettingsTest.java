package org.triagedesk.intake.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void from_shouldDefaultToAnH2FileUnderDotData() {
    var settings = DatabaseSettings.from(name -> null, Map.of());
    assertThat(settings.url())
        .startsWith(
            "jdbc:h2:file:" + Path.of("data").toAbsolutePath().normalize().resolve("triage"));
    assertThat(settings.isEmbeddedH2()).isTrue();
    assertThat(settings.user()).isEqualTo("triage");
  }

  @Test
  void from_shouldPutTheH2FileInTriageDataDir() {
    var settings =
        DatabaseSettings.from(name -> null, Map.of("TRIAGE_DATA_DIR", "/var/lib/triage"));
    assertThat(settings.safeDescription()).isEqualTo("jdbc:h2:file:/var/lib/triage/triage");
  }

  @Test
  void from_shouldUseTriageDbSettings_withSystemPropertiesWinning() {
    var settings =
        DatabaseSettings.from(
            name -> name.equals("triage.db.user") ? "from-property" : null,
            Map.of(
                "TRIAGE_DB_URL", "jdbc:postgresql://localhost/triage?sslmode=disable",
                "TRIAGE_DB_USER", "from-env",
                "TRIAGE_DB_PASSWORD", "secret"));
    assertThat(settings.url()).isEqualTo("jdbc:postgresql://localhost/triage?sslmode=disable");
    assertThat(settings.user()).isEqualTo("from-property");
    assertThat(settings.password()).isEqualTo("secret");
    assertThat(settings.safeDescription()).isEqualTo("jdbc:postgresql://localhost/triage");
    assertThat(settings.isEmbeddedH2()).isFalse();
  }
}
