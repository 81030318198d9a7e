package dev.parley.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Python's {@code str} operations that the scorer uses: lengths, slices and order count code
 * points, {@code strip()} knows Python's whitespace, {@code repr()} picks quotes and escapes as
 * Python does. Stateless.
 */
final class PyText {
  /** Python's order of strings: by code point, which differs from UTF-16 order above U+FFFF. */
  static final Comparator<String> ORDER = PyText::compare;

  private PyText() {}

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** {@code s[start:end]} for {@code 0 <= start <= end}, clamped to the string as Python does. */
  static String slice(String s, int start, int end) {
    int length = length(s);
    int from = Math.min(start, length);
    int to = Math.min(end, length);
    return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
  }

  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Python's whitespace, which unlike Java's includes U+0085, U+00A0, U+2007 and U+202F. */
  static boolean isSpace(char c) {
    return (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code s.isalpha()}: not empty and every code point a letter. */
  static boolean isAlpha(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
  }

  /** {@code f"{s:width}"}: left-aligned, padded with spaces to {@code width} code points. */
  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - length(s)));
  }

  static String repr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    s.codePoints().forEach(c -> out.append(escape(c, quote)));
    return out.append(quote).toString();
  }

  /** {@code repr(list)} of strings: {@code ['a', "b'c"]}. */
  static String repr(List<String> items) {
    return items.stream().map(PyText::repr).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String escape(int c, char quote) {
    if (c == quote || c == '\\') {
      return "\\" + (char) c;
    }
    switch (c) {
      case '\t':
        return "\\t";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
      return String.format("\\x%02x", c);
    }
    if (c < 0x7F || isPrintable(c)) {
      return Character.toString(c);
    }
    if (c <= 0xFF) {
      return String.format("\\x%02x", c);
    }
    return c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
  }

  /** Python's {@code str.isprintable()} for one non-ASCII code point. */
  private static boolean isPrintable(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  private static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
