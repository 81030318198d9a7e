package dev.parley.pipeline.time;

import dev.parley.api.Span;

/**
 * A date expression as written, before it is resolved against a reference date. Zero means "not said".
 *
 * @param span          where it stands in the article text
 * @param year          a year, or 0
 * @param month         1-12, or 0
 * @param day           1-31, or 0
 * @param dayEnd        last day of a range ("August 8-10"), or 0
 * @param weekday       1 (Monday) to 7, or 0
 * @param relativeUnit  "day", "week", "month", "year" for relative expressions, else null
 * @param offset        the relative offset ("next year": 1)
 * @param part          "early", "mid", "late" or null
 */
public record DateExpression(Span span, int year, int month, int day, int dayEnd, int weekday,
                             String relativeUnit, int offset, String part) {

    /** True when the expression fixes a date without any reference date. */
    public boolean isAbsolute() {
        return year != 0 && relativeUnit == null;
    }
}
