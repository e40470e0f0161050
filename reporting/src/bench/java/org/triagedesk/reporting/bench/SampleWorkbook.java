package org.triagedesk.reporting.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.triagedesk.reporting.QueueEntries;
import org.triagedesk.reporting.ReportPeriod;
import org.triagedesk.reporting.ReportRequest;
import org.triagedesk.reporting.TriageQueueWorkbook;

/** Writes a sample workbook of generated full-data intakes: {@code <intakes> <output.xlsx> [deidentified]}. */
public final class SampleWorkbook {
  private SampleWorkbook() {}

  public static void main(String[] args) throws Exception {
    long intakes = Long.parseLong(args[0]);
    Path output = Path.of(args[1]);
    boolean deidentified = args.length > 2 && args[2].equals("deidentified");
    ReportRequest request =
        new ReportRequest(
            ReportPeriod.day(QueueEntries.DAY), "Bern", deidentified, QueueEntries.ZONE, QueueEntries.at(18, 0), "sample");
    try (OutputStream out = Files.newOutputStream(output)) {
      new TriageQueueWorkbook().write(request, QueueEntries.generated(intakes, 1), out);
    }
  }
}
