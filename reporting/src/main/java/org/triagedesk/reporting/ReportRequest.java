package org.triagedesk.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the clinician asked for. The caller selects the entries (period and site); the writer only
 * labels the workbook with this request and uses {@code zone} for every date and for arrivals per
 * hour.
 *
 * @param period the dates covered
 * @param site the one site reported on, or null for all sites
 * @param deidentified true for the variant without names, birth dates, tickets or staff names
 * @param zone time zone of the clinic; dates and hours are shown in it
 * @param generatedAt when the report was produced
 * @param generatedBy staff user name that asked for it; may be null; never written when
 *     de-identified
 */
public record ReportRequest(
    ReportPeriod period,
    String site,
    boolean deidentified,
    ZoneId zone,
    Instant generatedAt,
    String generatedBy) {

  public ReportRequest {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }
}
