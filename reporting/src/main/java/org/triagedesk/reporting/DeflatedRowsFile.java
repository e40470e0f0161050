package org.triagedesk.reporting;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A sheet's temporary file, holding its rows' XML already deflated as they are written: raw deflate
 * ending in a sync flush rather than a final block, so that at the end the sheet's zip entry is
 * joined from its deflated head, this file as it is, and its deflated tail. The rows are deflated
 * once, straight from memory: no second pass that reads an uncompressed temporary file back and
 * deflates it, and about a seventh of the bytes on disk. Keeps the CRC-32 and the sizes the zip
 * entry needs.
 */
final class DeflatedRowsFile extends OutputStream {
  private final File file;
  private final OutputStream out;
  private final Deflater deflater;
  private final CRC32 crc = new CRC32();
  private final byte[] output = new byte[1 << 16];
  private long size;
  private long deflatedSize;
  private boolean closed;

  DeflatedRowsFile(File file, int level) throws IOException {
    this.file = file;
    this.out = new FileOutputStream(file);
    this.deflater = new Deflater(level, true);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (length == 0) {
      return;
    }
    if (closed) {
      throw new IOException("closed: " + file);
    }
    crc.update(bytes, offset, length);
    size += length;
    deflater.setInput(bytes, offset, length);
    while (!deflater.needsInput()) {
      drain(deflater.deflate(output, 0, output.length, Deflater.NO_FLUSH));
    }
  }

  /** Sync-flushes (no final block: the sheet's tail follows) and closes the file; idempotent. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      int n;
      do {
        n = deflater.deflate(output, 0, output.length, Deflater.SYNC_FLUSH);
        drain(n);
      } while (n == output.length);
    } finally {
      deflater.end();
      out.close();
    }
  }

  private void drain(int n) throws IOException {
    out.write(output, 0, n);
    deflatedSize += n;
  }

  /** The deflated rows, to be read once the file is closed. */
  Rows open() throws IOException {
    if (!closed) {
      throw new IllegalStateException("still being written: " + file);
    }
    return new Rows(new FileInputStream(file), crc.getValue(), size, deflatedSize);
  }

  /** The raw deflated rows with what their zip entry needs to know of them. */
  static final class Rows extends FilterInputStream {
    final long crc;
    final long size;
    final long deflatedSize;

    Rows(InputStream in, long crc, long size, long deflatedSize) {
      super(in);
      this.crc = crc;
      this.size = size;
      this.deflatedSize = deflatedSize;
    }
  }
}
