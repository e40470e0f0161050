package org.triagedesk.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.triagedesk.intake.infrastructure.persistence.DatabaseSettings;

/**
 * Streaming workbooks spill rows, which hold patient data, to temporary files while they are
 * written. Those files go to a directory only this user can read, beside the database, instead of
 * the shared /tmp.
 */
@ApplicationScoped
public class ReportTempFiles {

  void placeAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Path dir = DatabaseSettings.dataDirectory().resolve("tmp").resolve("reports");
    try {
      Files.createDirectories(dir);
      if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the report temp directory " + dir, e);
    }
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
  }
}
