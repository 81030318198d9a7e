package dev.parley.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date at the precision the text supports: a year, a month or a day.
 * {@link #toString()} gives ISO form: {@code 2020}, {@code 2020-06}, {@code 2020-06-24}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range 1-9999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is out of range 1-12 (0 = unknown)");
        }
        if (day != 0 && (month == 0 || day < 0 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day " + day + " does not exist in " + year + "-" + month);
        }
    }

    public static PartialDate ofDay(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public boolean hasDay() {
        return day != 0;
    }

    public boolean hasMonth() {
        return month != 0;
    }

    /** The first day this date can mean. */
    public LocalDate start() {
        return LocalDate.of(year, hasMonth() ? month : 1, hasDay() ? day : 1);
    }

    /** The last day this date can mean. */
    public LocalDate end() {
        if (hasDay()) {
            return start();
        }
        return hasMonth() ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate o) {
        return start().compareTo(o.start());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(10);
        padded(b, year, 4);
        if (hasMonth()) {
            padded(b.append('-'), month, 2);
        }
        if (hasDay()) {
            padded(b.append('-'), day, 2);
        }
        return b.toString();
    }

    /** Appends {@code n} with leading zeros to {@code width} digits; not String.format, which is slow on hot paths. */
    private static void padded(StringBuilder b, int n, int width) {
        String digits = Integer.toString(n);
        b.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }
}
