package dev.parley.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a predicted date counts as right ({@code score.py}'s {@code date_ok}): a gold date at
 * year or month precision must be a prefix of the prediction; a full gold date must equal the
 * prediction's first ten characters, or lie within a day of it when the gold date stands in for
 * the publication date or was inferred. Stateless.
 */
final class DateRule {
  private static final int FULL_DATE = 10;

  private DateRule() {}

  static boolean accepts(JsonNode pred, JsonNode gold) {
    JsonNode goldDate = gold.get("date");
    JsonNode predDate = pred.get("date");
    if (!PyValue.truthy(goldDate)) {
      return PyValue.isNone(predDate) || PyValue.isText(predDate, "");
    }
    if (!PyValue.truthy(predDate)) {
      return false;
    }
    String predicted = PyValue.str(predDate);
    String expected = PyValue.text(goldDate, "gold date");
    if (PyText.length(expected) < FULL_DATE) {
      return predicted.startsWith(expected);
    }
    if (PyText.slice(predicted, 0, FULL_DATE).equals(expected)) {
      return true;
    }
    boolean lenient = PyValue.isText(gold.get("date_basis"), "publication")
        || PyValue.contains(gold.get("note"), "inferred");
    if (!lenient) {
      return false;
    }
    Optional<LocalDate> p = parseIsoDate(predicted);
    Optional<LocalDate> g = parseIsoDate(expected);
    return p.isPresent() && g.isPresent() && Math.abs(ChronoUnit.DAYS.between(g.get(), p.get())) <= 1;
  }

  /**
   * {@code date.fromisoformat(s[:10])} as CPython 3.11 implements it: {@code YYYY-MM-DD},
   * {@code YYYYMMDD}, {@code YYYY-Www[-D]} or {@code YYYYWww[D]}, the length taken in UTF-8
   * bytes (7, 8 or 10), anything after the parsed fields ignored.
   */
  static Optional<LocalDate> parseIsoDate(String s) {
    byte[] text = PyText.slice(s, 0, FULL_DATE).getBytes(UTF_8);
    if (text.length != 7 && text.length != 8 && text.length != 10) {
      return Optional.empty();
    }
    IsoCursor cursor = new IsoCursor(text);
    int year = cursor.digits(4);
    boolean dashes = cursor.skip('-');
    if (cursor.skip('W')) {
      int week = cursor.digits(2);
      int day = 1;
      if (cursor.hasMore()) {
        if (dashes && !cursor.skip('-')) {
          return Optional.empty();
        }
        day = cursor.digits(1);
      }
      return cursor.failed() ? Optional.empty() : fromIsoWeek(year, week, day);
    }
    int month = cursor.digits(2);
    if (dashes && !cursor.skip('-')) {
      return Optional.empty();
    }
    int day = cursor.digits(2);
    return cursor.failed() ? Optional.empty() : date(year, month, day);
  }

  private static Optional<LocalDate> fromIsoWeek(int year, int week, int day) {
    if (year < 1 || week < 1 || week > 53 || day < 1 || day > 7) {
      return Optional.empty();
    }
    LocalDate january1 = LocalDate.of(year, 1, 1);
    int weekday = january1.getDayOfWeek().getValue() - 1; // Monday is 0
    boolean hasWeek53 = weekday == 3 || (weekday == 2 && Year.isLeap(year));
    if (week == 53 && !hasWeek53) {
      return Optional.empty();
    }
    LocalDate week1Monday = january1.minusDays(weekday).plusDays(weekday > 3 ? 7 : 0);
    LocalDate date = week1Monday.plusDays((week - 1) * 7L + day - 1);
    return date.getYear() <= 9999 ? Optional.of(date) : Optional.empty();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    if (year < 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Reads ASCII fields from the UTF-8 bytes; past the end it reads NUL, as the C parser does. */
  private static final class IsoCursor {
    private final byte[] text;
    private int position;
    private boolean failed;

    IsoCursor(byte[] text) {
      this.text = text;
    }

    int digits(int count) {
      int value = 0;
      for (int i = 0; i < count && !failed; i++) {
        int digit = next() - '0';
        failed = digit < 0 || digit > 9;
        value = value * 10 + digit;
      }
      return value;
    }

    boolean skip(char expected) {
      if (!failed && peek() == expected) {
        position++;
        return true;
      }
      return false;
    }

    boolean hasMore() {
      return position < text.length;
    }

    boolean failed() {
      return failed;
    }

    private int peek() {
      return position < text.length ? text[position] : 0;
    }

    private int next() {
      int c = peek();
      position++;
      return c;
    }
  }
}
