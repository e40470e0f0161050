package org.triagedesk.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook with this module's sheet writer: rows written by {@link SheetXmlWriter}
 * and deflated once, as they are written, into their temporary file ({@link DeflatedRowsFile}); at
 * the end each sheet's zip entry is joined from those deflated rows and its deflated head and tail
 * ({@link SheetEntry}) instead of POI reading an uncompressed temporary file back and deflating it.
 * Inline strings (no shared-strings table) keep memory flat.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
  /**
   * Deflate level of the .xlsx: 1, zlib's fastest, because deflating the sheet XML was the largest
   * single cost left (about a third of the writing thread's time at level 3). Level 1 deflates that
   * XML in two thirds of level 3's time for a file about an eighth larger than at level 3
   * (docs/benchmarks/excel.md).
   */
  static final int DEFLATE_LEVEL = 1;

  StreamingWorkbook(int rowWindow) {
    super(null, rowWindow, false, false);
    // No Zip64 records: a sheet holds at most 1,048,576 rows (well under 4 GB of XML), and without
    // them java.util.zip.ZipInputStream and other strict readers open the file too.
    setZip64Mode(Zip64Mode.Never);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new SheetXmlWriter();
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream target) {
    ZipArchiveOutputStream zip = super.createArchiveOutputStream(target);
    zip.setLevel(DEFLATE_LEVEL);
    return zip;
  }

  /**
   * As POI's own, which copies every part of the template and injects each sheet's rows, except
   * that a sheet's entry is joined from parts already deflated. Like POI's, it finishes the zip
   * without closing {@code out}.
   */
  @Override
  protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
    ZipArchiveOutputStream zip = createArchiveOutputStream(out);
    try {
      Enumeration<? extends ZipArchiveEntry> entries = template.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        try (InputStream part = template.getInputStream(entry)) {
          if (part instanceof ZipArchiveThresholdInputStream guarded) {
            guarded.setGuardState(false);
          }
          XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
          if (sheet != null && !(sheet instanceof XSSFChartSheet)) {
            SXSSFSheet streamed = getSheet(sheet.getSheetName());
            try (InputStream rows = streamed.getWorksheetXMLInputStream()) {
              SheetEntry.write(
                  zip, entry, part.readAllBytes(), (DeflatedRowsFile.Rows) rows, DEFLATE_LEVEL);
            }
          } else {
            copy(zip, entry, part);
          }
        }
      }
      zip.finish();
    } finally {
      template.close();
    }
  }

  private static void copy(ZipArchiveOutputStream zip, ZipArchiveEntry entry, InputStream part)
      throws IOException {
    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
    if (entry.getSize() >= 0) {
      copy.setSize(entry.getSize());
    }
    if (entry.getTime() >= 0) {
      copy.setTime(entry.getTime());
    }
    zip.putArchiveEntry(copy);
    part.transferTo(zip);
    zip.closeArchiveEntry();
  }
}
