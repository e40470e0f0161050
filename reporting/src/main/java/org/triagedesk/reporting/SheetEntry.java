package org.triagedesk.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A sheet's zip entry, joined without inflating anything: the sheet XML that POI's template holds
 * (everything but the rows: columns, panes, filter, drawing) is cut at its empty {@code
 * <sheetData/>}; its head and tail are deflated on either side of the rows {@link DeflatedRowsFile}
 * deflated while they were written, and the three parts are stored as one raw deflate stream. The
 * XML is the same as POI's own injection writes: head, {@code <sheetData>} and a line break, the
 * rows, {@code </sheetData>}, tail.
 */
final class SheetEntry {
  private static final String EMPTY_SHEET_DATA = "<sheetData/>";

  private SheetEntry() {}

  static void write(
      ZipArchiveOutputStream zip,
      ZipArchiveEntry template,
      byte[] templateXml,
      DeflatedRowsFile.Rows rows,
      int level)
      throws IOException {
    String xml = new String(templateXml, StandardCharsets.UTF_8);
    int at = xml.indexOf(EMPTY_SHEET_DATA);
    if (at < 0) {
      throw new IllegalStateException("no empty <sheetData/> in " + template.getName());
    }
    byte[] head = (xml.substring(0, at) + "<sheetData>\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail =
        ("</sheetData>" + xml.substring(at + EMPTY_SHEET_DATA.length()))
            .getBytes(StandardCharsets.UTF_8);
    byte[] deflatedHead = deflate(head, level, false);
    byte[] deflatedTail = deflate(tail, level, true);

    long crc = Crc32Concatenation.of(crc(head), rows.crc, rows.size);
    crc = Crc32Concatenation.of(crc, crc(tail), tail.length);
    ZipArchiveEntry entry = new ZipArchiveEntry(template.getName());
    entry.setMethod(ZipEntry.DEFLATED);
    if (template.getTime() >= 0) {
      entry.setTime(template.getTime());
    }
    entry.setSize(head.length + rows.size + tail.length);
    entry.setCompressedSize(deflatedHead.length + rows.deflatedSize + deflatedTail.length);
    entry.setCrc(crc);
    List<InputStream> parts =
        List.of(
            new ByteArrayInputStream(deflatedHead), rows, new ByteArrayInputStream(deflatedTail));
    zip.addRawArchiveEntry(
        entry, new SequenceInputStream(java.util.Collections.enumeration(parts)));
  }

  /**
   * Raw deflate of {@code data}: the last part ends the stream with a final block, the others with
   * a sync flush so that more blocks may follow.
   */
  private static byte[] deflate(byte[] data, int level, boolean last) {
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(data);
      if (last) {
        deflater.finish();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
      byte[] buffer = new byte[8192];
      int n;
      do {
        n =
            deflater.deflate(
                buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
        out.write(buffer, 0, n);
      } while (last ? !deflater.finished() : n == buffer.length || !deflater.needsInput());
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }
}
