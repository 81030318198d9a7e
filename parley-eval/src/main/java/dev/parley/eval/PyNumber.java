package dev.parley.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float rounding and printing: {@code round(x, n)}, {@code format(x, ".nf")} and
 * {@code repr(x)}. Python rounds the exact binary value of a float, half to even, so
 * {@code round(0.0625, 3)} is 0.062 and {@code format(0.125, ".2f")} is "0.12", where Java's
 * {@code String.format} rounds half up. Stateless.
 */
final class PyNumber {
  private static final RoundingMode[] SHORTEST_CANDIDATES = {
    RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP
  };

  private PyNumber() {}

  /** {@code round(x, digits)} for a finite {@code x}. */
  static double round(double x, int digits) {
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** {@code format(x, f".{digits}f")} for a finite {@code x >= 0}. */
  static String fixed(double x, int digits) {
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code repr(x)}: the shortest decimal that reads back as {@code x}, in Python's layout. */
  static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(x);
    String digits = shortest.unscaledValue().abs().toString();
    int point = digits.length() - shortest.scale(); // x = 0.<digits> * 10^point
    String sign = x < 0 ? "-" : "";
    if (point > -4 && point <= 16) {
      return sign + positional(digits, point);
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    int exponent = point - 1;
    return String.format("%s%se%s%02d", sign, mantissa, exponent < 0 ? "-" : "+", Math.abs(exponent));
  }

  private static BigDecimal shortest(double x) {
    BigDecimal exact = new BigDecimal(x);
    for (int precision = 1; ; precision++) {
      // Half-even gives the nearest candidate; next to a power of two the gap below x is half
      // the gap above, so the candidate on the far side can read back when the nearest does not.
      for (RoundingMode mode : SHORTEST_CANDIDATES) {
        BigDecimal candidate = exact.round(new MathContext(precision, mode));
        if (candidate.doubleValue() == x) {
          return candidate.stripTrailingZeros();
        }
      }
    }
  }

  private static String positional(String digits, int point) {
    if (point <= 0) {
      return "0." + "0".repeat(-point) + digits;
    }
    if (point >= digits.length()) {
      return digits + "0".repeat(point - digits.length()) + ".0";
    }
    return digits.substring(0, point) + "." + digits.substring(point);
  }
}
