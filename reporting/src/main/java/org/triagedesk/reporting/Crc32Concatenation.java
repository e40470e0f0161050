package org.triagedesk.reporting;

/**
 * The CRC-32 of two byte sequences joined, from the CRC-32 of each and the length of the second
 * (zlib's {@code crc32_combine}, which the JDK does not offer): a sheet's zip entry is joined from
 * parts deflated at different times, and its CRC must cover them in order.
 */
final class Crc32Concatenation {
  /** The CRC-32 polynomial, bit-reversed. */
  private static final int POLYNOMIAL = 0xEDB88320;

  /** x^(2^n) modulo the polynomial, for n = 0..31. */
  private static final int[] X_TO_2_TO_N = new int[32];

  static {
    int p = 1 << 30; // x^1
    X_TO_2_TO_N[0] = p;
    for (int n = 1; n < X_TO_2_TO_N.length; n++) {
      p = multiply(p, p);
      X_TO_2_TO_N[n] = p;
    }
  }

  private Crc32Concatenation() {}

  /** The CRC-32 of {@code first} followed by {@code second}. */
  static long of(long crcOfFirst, long crcOfSecond, long lengthOfSecond) {
    int shifted = multiply(xToThe8Times(lengthOfSecond), (int) crcOfFirst);
    return (shifted ^ (int) crcOfSecond) & 0xFFFF_FFFFL;
  }

  /** a times b modulo the polynomial; a must not be 0. */
  private static int multiply(int a, int b) {
    int m = 1 << 31;
    int p = 0;
    while (true) {
      if ((a & m) != 0) {
        p ^= b;
        if ((a & (m - 1)) == 0) {
          return p;
        }
      }
      m >>>= 1;
      b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
    }
  }

  /** x^(8 * bytes) modulo the polynomial: what appending that many bytes multiplies a CRC by. */
  private static int xToThe8Times(long bytes) {
    int p = 1 << 31; // x^0
    int k = 3; // 8 = 2^3
    for (long n = bytes; n != 0; n >>>= 1, k++) {
      if ((n & 1) != 0) {
        p = multiply(X_TO_2_TO_N[k & 31], p);
      }
    }
    return p;
  }
}
