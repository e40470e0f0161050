package org.triagedesk.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 writer for one thread: encodes straight into its own byte buffer, without the locking and
 * the char-to-byte encoder layers of {@code BufferedWriter} over {@code OutputStreamWriter}, which
 * took a third of the Queue sheet's writing time (JFR, docs/benchmarks/excel.md). Also writes
 * numbers without building strings, markup already encoded and XML text escaped and encoded in one
 * pass.
 */
final class Utf8FileWriter extends Writer {
  private static final byte[] LT = ascii("&lt;");
  private static final byte[] GT = ascii("&gt;");
  private static final byte[] AMP = ascii("&amp;");
  private static final byte[] QUOT = ascii("&quot;");
  private static final byte[] LF = ascii("&#xa;");
  private static final byte[] CR = ascii("&#xd;");
  private static final byte[] TAB = ascii("&#x9;");
  private static final byte[] NBSP = ascii("&#xa0;");

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int size;

  /** Markup for {@link #write(byte[])}, encoded once instead of char by char on every cell. */
  static byte[] ascii(String markup) {
    return markup.getBytes(StandardCharsets.US_ASCII);
  }

  Utf8FileWriter(OutputStream out) {
    this.out = out;
  }

  /** Where the bytes go. */
  OutputStream target() {
    return out;
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

  /** Markup encoded by {@link #ascii(String)}. */
  void write(byte[] ascii) throws IOException {
    if (buffer.length - size < ascii.length) {
      drain();
      if (ascii.length > buffer.length) {
        out.write(ascii);
        return;
      }
    }
    System.arraycopy(ascii, 0, buffer, size, ascii.length);
    size += ascii.length;
  }

  /**
   * The text of an XML element, escaped like POI's sheet writer (markup characters, line breaks,
   * tabs and no-break spaces as entities, other control characters and U+FFFE/U+FFFF as '?') and
   * encoded in the same pass: one look at each character instead of two.
   */
  void writeXmlText(String text) throws IOException {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (buffer.length - size < 6) { // the longest entity, or a code point's 4 bytes
        drain();
      }
      char c = text.charAt(i);
      if (c >= '?' && c < 0x80) { // the common case: letters and digits above '>' need nothing
        buffer[size++] = (byte) c;
      } else {
        i = special(text, i, c);
      }
    }
  }

  /** Writes the character at {@code i} that needs care; returns the index of its last char. */
  private int special(String text, int i, char c) {
    byte[] entity =
        switch (c) {
          case '<' -> LT;
          case '>' -> GT;
          case '&' -> AMP;
          case '"' -> QUOT;
          case '\n' -> LF;
          case '\r' -> CR;
          case '\t' -> TAB;
          case '\u00A0' -> NBSP;
          default -> null;
        };
    if (entity != null) {
      System.arraycopy(entity, 0, buffer, size, entity.length);
      size += entity.length;
    } else if (c < ' ' || c >= '\uFFFE') {
      buffer[size++] = '?';
    } else if (c < 0x80) {
      buffer[size++] = (byte) c;
    } else if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      encode(Character.toCodePoint(c, text.charAt(++i)));
    } else {
      encode(Character.isSurrogate(c) ? '?' : c);
    }
    return i;
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

  /** {@code value} in exactly {@code digits} digits, with leading zeros, e.g. a fraction. */
  void writeDigits(long value, int digits) throws IOException {
    if (buffer.length - size < digits) {
      drain();
    }
    long rest = value;
    for (int i = size + digits - 1; i >= size; i--) {
      buffer[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    size += digits;
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
