package org.triagedesk.reporting;

/**
 * The shortest decimal that reads back as a given double, for the numbers of a sheet with a whole
 * part and a fraction: date-times above all (e.g. 46350.541666666664), six in every Queue row.
 * {@code Double.toString} took a tenth of the Java time of writing the Queue sheet (JFR,
 * docs/benchmarks/excel.md); here the decimal is found with one 128-bit product and whole-number
 * steps. Values outside 2 to 10^7, whole, or at the bottom of their binary exponent (where the gap
 * to the next double below is smaller) are left to {@code Double.toString}: {@link #of} returns
 * null.
 *
 * @param whole the digits before the point
 * @param fraction the digits after the point, as a number of {@code digits} digits (leading zeros)
 * @param digits how many digits follow the point, at least one, no trailing zero
 */
record ShortDecimal(long whole, long fraction, int digits) {
  private static final long[] POWERS_OF_TEN = new long[18];

  static {
    long p = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = p;
      p *= 10;
    }
  }

  /** The shortest decimal of {@code value}, closest to it among those as short; or null. */
  static ShortDecimal of(double value) {
    if (!(value >= 2 && value < 1e7) || value == Math.rint(value)) {
      return null;
    }
    long bits = Double.doubleToRawLongBits(value);
    long mantissa = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
    if (mantissa == 0x0010_0000_0000_0000L) {
      return null; // the gap below is half the gap above
    }
    int shift = 1075 - (int) (bits >>> 52); // value = mantissa / 2^shift, 29 <= shift <= 51
    long whole = mantissa >>> shift;
    long fractionBits = mantissa & ((1L << shift) - 1);
    int wholeDigits = digitCount(whole);
    int digits = 17 - wholeDigits; // 17 significant digits always tell doubles apart
    long scale = POWERS_OF_TEN[digits];

    // The fraction scaled by 10^digits: exact = c0 + x, x in [0, 1), from a 128-bit product.
    long high = Math.multiplyHigh(fractionBits, scale);
    long low = fractionBits * scale;
    long c0 = (high << (64 - shift)) | (low >>> shift);
    double x = (low & ((1L << shift) - 1)) / (double) (1L << shift); // exact: shift <= 51 bits
    // Half the gap between neighbouring doubles, same scale: exact, a power of ten over a power
    // of two.
    double half = scale / (double) (1L << (shift + 1));
    long halfWhole = (long) half;
    double halfFraction = half - halfWhole;
    // Decimals within half a gap read back as the value; exactly at half a gap only when the
    // mantissa is even (round half to even).
    boolean edgesIncluded = (mantissa & 1) == 0;
    double upper = x + halfFraction; // in [0, 2), exact
    long max = c0 + halfWhole + (long) Math.floor(upper);
    if (upper == Math.floor(upper) && !edgesIncluded) {
      max--;
    }
    double lower = x - halfFraction; // in (-1, 1), exact
    long lowerWhole = (long) Math.floor(lower);
    long min = c0 - halfWhole + lowerWhole;
    if (lower != lowerWhole || !edgesIncluded) {
      min++;
    }
    if (min <= 0 || max >= scale || min > max) {
      return null; // not expected for a value that is not whole; leave it to Double.toString
    }
    for (int zeros = digits - 1; zeros >= 0; zeros--) {
      long step = POWERS_OF_TEN[zeros];
      long below = Math.floorDiv(c0, step) * step; // the multiple at or below the exact value
      long above = below + step;
      long pick = closer(below, above, c0, x, step, min, max);
      if (pick >= 0) {
        long fraction = pick / step;
        return new ShortDecimal(whole, fraction, digits - zeros);
      }
    }
    return null;
  }

  /**
   * Of two neighbouring multiples of {@code step} around the exact value c0 + x, the one in [min,
   * max] closer to it (on a tie the one with an even last digit); -1 if neither is in range.
   */
  private static long closer(
      long below, long above, long c0, double x, long step, long min, long max) {
    boolean belowIn = below >= min && below <= max;
    boolean aboveIn = above >= min && above <= max;
    if (belowIn && aboveIn) {
      // (c0 + x) - below against above - (c0 + x), that is 2x against a whole number: exact
      long sum = above + below - 2 * c0;
      double twiceX = 2 * x;
      if (twiceX != sum) {
        return twiceX < sum ? below : above;
      }
      return (below / step) % 2 == 0 ? below : above;
    }
    return belowIn ? below : aboveIn ? above : -1;
  }

  private static int digitCount(long n) {
    int count = 1;
    while (count < POWERS_OF_TEN.length && n >= POWERS_OF_TEN[count]) {
      count++;
    }
    return count;
  }

  /** As {@code Double.toString} writes it, e.g. "46350.541666666664". */
  @Override
  public String toString() {
    String f = Long.toString(fraction);
    return whole + "." + "0".repeat(digits - f.length()) + f;
  }
}
