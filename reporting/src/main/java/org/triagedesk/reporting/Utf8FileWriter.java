package org.triagedesk.reporting;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A UTF-8 writer to a file for one thread: encodes straight into its own byte buffer, without the
 * locking and the char-to-byte encoder layers of {@code BufferedWriter} over {@code
 * OutputStreamWriter}, which took a third of the Queue sheet's writing time (JFR,
 * docs/benchmarks/excel.md). Also writes numbers without building strings.
 */
final class Utf8FileWriter extends Writer {
  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int size;

  Utf8FileWriter(File file) throws IOException {
    this.out = new FileOutputStream(file);
  }

  @Override
  public void write(int c) throws IOException {
    if (c < 0x80) {
      if (size == buffer.length) {
        drain();
      }
      buffer[size++] = (byte) c;
    } else {
      write(String.valueOf((char) c), 0, 1);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (buffer.length - size < 4) {
        drain();
      }
      char c = text.charAt(i);
      if (c < 0x80) {
        buffer[size++] = (byte) c;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        encode(Character.toCodePoint(c, text.charAt(++i)));
      } else {
        encode(Character.isSurrogate(c) ? '?' : c);
      }
    }
  }

  @Override
  public void write(String text) throws IOException {
    write(text, 0, text.length());
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    write(new String(chars, offset, length));
  }

  /** A whole number in decimal digits, e.g. a row number. */
  void writeInt(long value) throws IOException {
    if (buffer.length - size < 20) {
      drain();
    }
    if (value < 0) {
      buffer[size++] = '-';
      value = -value;
    }
    int start = size;
    do {
      buffer[size++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
    for (int left = start, right = size - 1; left < right; left++, right--) {
      byte swap = buffer[left];
      buffer[left] = buffer[right];
      buffer[right] = swap;
    }
  }

  private void encode(int cp) {
    if (cp < 0x800) {
      buffer[size++] = (byte) (0xC0 | (cp >> 6));
      buffer[size++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buffer[size++] = (byte) (0xE0 | (cp >> 12));
      buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buffer[size++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      buffer[size++] = (byte) (0xF0 | (cp >> 18));
      buffer[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buffer[size++] = (byte) (0x80 | (cp & 0x3F));
    }
  }

  private void drain() throws IOException {
    out.write(buffer, 0, size);
    size = 0;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }
}
