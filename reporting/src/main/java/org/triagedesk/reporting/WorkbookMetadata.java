package org.triagedesk.reporting;

import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook's own document properties (File > Properties). They travel with the file unseen, so
 * a de-identified workbook names neither a patient nor the staff member who produced it.
 */
final class WorkbookMetadata {
  static final String APPLICATION = "Triage Desk";

  private WorkbookMetadata() {}

  static void apply(SXSSFWorkbook workbook, ReportRequest request) {
    POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    String author =
        request.deidentified()
            ? APPLICATION
            : Optional.ofNullable(CellText.clean(request.generatedBy())).orElse(APPLICATION);
    core.setCreator(author);
    core.setLastModifiedByUser(author);
    core.setTitle("Triage queue report " + request.period().label());
    core.setSubjectProperty(request.deidentified() ? "De-identified triage queue" : "Triage queue");
    core.setDescription(
        "Site: " + Optional.ofNullable(CellText.clean(request.site())).orElse("all sites"));
    core.setCreated(Optional.of(Date.from(request.generatedAt())));
    core.setModified(Optional.of(Date.from(request.generatedAt())));
    properties.getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
  }
}
