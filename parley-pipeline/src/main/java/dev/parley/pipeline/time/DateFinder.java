package dev.parley.pipeline.time;

import dev.parley.api.Span;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds date expressions in a token sequence: ISO and numeric dates (2020-02-18, 18/02/2020, ngày 12/8,
 * 04.03.2024), CJK dates (2020年2月18日), month-name dates in either order with ranges ("August 8-10",
 * "15-16 October 2015", "4. März", "04 de Mayo"), month and year ("June 2014"), parts ("mid-2020",
 * "early June"), weekdays and relative words ("yesterday", "next year"). Stateless and thread-safe.
 */
public final class DateFinder {

    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "im", "en", "since", "seit", "năm", "в",
            "of", "depuis", "desde", "dal", "sejak", "em", "until", "bis", "by", "für", "for", "pour", "para", "per",
            "pada", "في", "tháng", "jahr");
    private static final Set<String> RANGE_JOINERS = Set.of("-", "–", "—", "to", "bis", "au", "al", "a", "đến", "по",
            "und", "and", "et", "y", "e", "إلى", "至", "から", "~", "và");
    /** Words between a month and its year: "junio de 2014", "tháng 2 năm 2020". */
    private static final Set<String> YEAR_LINKS = Set.of(",", "de", "del", "năm", "года", "г");

    private DateFinder() {
    }

    /** Date expressions in {@code tokens}, in text order, none overlapping. */
    public static List<DateExpression> find(List<Token> tokens, DateLexicon lexicon) {
        DateLexicon.Word[] word = new DateLexicon.Word[tokens.size()];
        int[] wordEnd = new int[tokens.size()];
        for (PhraseMatcher.Match<DateLexicon.Word> m : lexicon.matcher().findLongest(tokens)) {
            Token first = tokens.get(m.from());
            if (caseFits(m.value(), first, m.from() == 0)) {
                word[m.from()] = m.value();
                wordEnd[m.from()] = m.to();
            }
        }
        List<DateExpression> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = at(tokens, word, wordEnd, i);
            if (f != null) {
                out.add(f.expr);
                i = f.end;
            } else {
                i++;
            }
        }
        return out;
    }

    private record Found(DateExpression expr, int end) {
    }

    /**
     * Months and weekdays match in any case ("Martes 04 de Mayo"); a relative word written in lower case
     * must be in lower case in the text too, unless it opens the sentence: German "morgen" is tomorrow,
     * "Morgen" is the morning. (Capitalised forms only ever match capitalised words.)
     */
    private static boolean caseFits(DateLexicon.Word w, Token t, boolean sentenceStart) {
        if (!w.kind().startsWith("relative_") || w.capitalized()) {
            return true;
        }
        boolean upper = Character.isUpperCase(t.text().codePointAt(0));
        boolean allCaps = t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
        return !upper || sentenceStart || allCaps;
    }

    private static Found at(List<Token> t, DateLexicon.Word[] word, int[] wordEnd, int i) {
        Found f = iso(t, i);
        if (f == null) {
            f = cjk(t, i);
        }
        if (f == null) {
            f = numeric(t, i);
        }
        if (f == null && word[i] != null) {
            f = fromWord(t, word, wordEnd, i);
        }
        if (f == null && num(t, i) > 0) {
            f = dayBeforeMonth(t, word, wordEnd, i);
        }
        if (f == null) {
            f = bareYear(t, i);
        }
        return f;
    }

    private static int num(List<Token> t, int i) {
        if (i < 0 || i >= t.size() || !t.get(i).isNumber() || t.get(i).text().length() > 4) {
            return -1;
        }
        return Integer.parseInt(t.get(i).text());
    }

    private static boolean is(List<Token> t, int i, String s) {
        return i >= 0 && i < t.size() && t.get(i).text().equals(s);
    }

    private static boolean isYear(int y) {
        return y >= 1900 && y <= 2100;
    }

    private static Span span(List<Token> t, int from, int to) {
        return new Span(t.get(from).start(), t.get(to - 1).end());
    }

    private static DateExpression day(List<Token> t, int from, int to, int y, int m, int d, int dEnd) {
        return new DateExpression(span(t, from, to), y, m, d, dEnd, 0, null, 0, null);
    }

    private static Found iso(List<Token> t, int i) {
        int y = num(t, i);
        if (isYear(y) && t.get(i).text().length() == 4 && is(t, i + 1, "-") && is(t, i + 3, "-")) {
            int m = num(t, i + 2);
            int d = num(t, i + 4);
            if (valid(y, m, d)) {
                return new Found(day(t, i, i + 5, y, m, d, 0), i + 5);
            }
        }
        return null;
    }

    private static Found cjk(List<Token> t, int i) {
        int y = num(t, i);
        if (isYear(y) && is(t, i + 1, "年")) {
            int m = num(t, i + 2);
            if (m >= 1 && m <= 12 && is(t, i + 3, "月")) {
                int d = num(t, i + 4);
                if (valid(y, m, d) && is(t, i + 5, "日")) {
                    return new Found(day(t, i, i + 6, y, m, d, 0), i + 6);
                }
                return new Found(day(t, i, i + 4, y, m, 0, 0), i + 4);
            }
            return new Found(day(t, i, i + 2, y, 0, 0, 0), i + 2);
        }
        int m = num(t, i);
        if (m >= 1 && m <= 12 && is(t, i + 1, "月")) {
            int d = num(t, i + 2);
            if (d >= 1 && d <= 31 && (is(t, i + 3, "日") || is(t, i + 3, "号"))) {
                return new Found(day(t, i, i + 4, 0, m, d, 0), i + 4);
            }
        }
        return null;
    }

    /** 18/02/2020, 12/8, 04.03.2024: day first, as everywhere but the United States. */
    private static Found numeric(List<Token> t, int i) {
        int d = num(t, i);
        if (d < 1 || d > 31 || t.get(i).text().length() > 2) {
            return null;
        }
        String sep = i + 1 < t.size() ? t.get(i + 1).text() : "";
        if (!sep.equals("/") && !sep.equals(".")) {
            return null;
        }
        int m = num(t, i + 2);
        if (m < 1 || m > 12 || t.get(i + 2).text().length() > 2) {
            return null;
        }
        if (is(t, i + 3, sep)) {
            int y = num(t, i + 4);
            if (y >= 0 && t.get(i + 4).text().length() == 2) {
                y += 2000;
            }
            if (isYear(y) && valid(y, m, d)) {
                return new Found(day(t, i, i + 5, y, m, d, 0), i + 5);
            }
        }
        if (sep.equals("/") && valid(2000, m, d)) {
            return new Found(day(t, i, i + 3, 0, m, d, 0), i + 3);
        }
        return null;
    }

    private static boolean valid(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1) {
            return false;
        }
        return d <= java.time.YearMonth.of(y == 0 ? 2000 : y, m).lengthOfMonth();
    }

    private static Found fromWord(List<Token> t, DateLexicon.Word[] word, int[] wordEnd, int i) {
        DateLexicon.Word w = word[i];
        int end = wordEnd[i];
        switch (w.kind()) {
            case "month" -> {
                return monthFirst(t, i, end, Integer.parseInt(w.value()), null, i);
            }
            case "weekday" -> {
                return new Found(new DateExpression(span(t, i, end), 0, 0, 0, 0, Integer.parseInt(w.value()),
                        null, 0, null), end);
            }
            case "relative_day", "relative_week", "relative_month", "relative_year" -> {
                String unit = w.kind().substring("relative_".length());
                return new Found(new DateExpression(span(t, i, end), 0, 0, 0, 0, 0, unit,
                        Integer.parseInt(w.value()), null), end);
            }
            case "part" -> {
                int j = end;
                if (is(t, j, "-")) {
                    j++;
                }
                int y = num(t, j);
                if (isYear(y)) {
                    return new Found(new DateExpression(span(t, i, j + 1), y, 0, 0, 0, 0, null, 0, w.value()), j + 1);
                }
                if (j < t.size() && word[j] != null && word[j].kind().equals("month")) {
                    return monthFirst(t, j, wordEnd[j], Integer.parseInt(word[j].value()), w.value(), i);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** A month word at {@code [m, mEnd)}: "August 8-10", "Nov. 26", "June 2014", "early June". */
    private static Found monthFirst(List<Token> t, int m, int mEnd, int month, String part, int from) {
        int j = mEnd;
        if (is(t, j, ".")) {
            j++;
        }
        int d = num(t, j);
        if (d >= 1 && d <= 31 && t.get(j).text().length() <= 2) {
            int dEnd = 0;
            int k = j + 1;
            if (k < t.size() && RANGE_JOINERS.contains(t.get(k).lower()) && num(t, k + 1) > d && num(t, k + 1) <= 31) {
                dEnd = num(t, k + 1);
                k += 2;
            }
            int y = 0;
            int yk = k < t.size() && YEAR_LINKS.contains(t.get(k).lower()) ? k + 1 : k;
            if (isYear(num(t, yk))) {
                y = num(t, yk);
                k = yk + 1;
            }
            if (valid(y, month, d)) {
                return new Found(day(t, from, k, y, month, d, dEnd), k);
            }
        }
        int yk = j < t.size() && YEAR_LINKS.contains(t.get(j).lower()) ? j + 1 : j;
        if (isYear(num(t, yk))) {
            return new Found(new DateExpression(span(t, from, yk + 1), num(t, yk), month, 0, 0, 0, null, 0, part),
                    yk + 1);
        }
        boolean introduced = part != null || m > 0 && YEAR_PREPOSITIONS.contains(t.get(m - 1).lower());
        if (introduced) {
            return new Found(new DateExpression(span(t, from, mEnd), 0, month, 0, 0, 0, null, 0, part), mEnd);
        }
        return null;
    }

    /** A day number before a month word: "15-16 October 2015", "4. März", "04 de Mayo", "12 февраля". */
    private static Found dayBeforeMonth(List<Token> t, DateLexicon.Word[] word, int[] wordEnd, int i) {
        int d = num(t, i);
        if (d < 1 || d > 31 || t.get(i).text().length() > 2) {
            return null;
        }
        int j = i + 1;
        if (is(t, j, ".")) {
            j++;
        }
        int dEnd = 0;
        if (j + 1 < t.size() && RANGE_JOINERS.contains(t.get(j).lower()) && num(t, j + 1) > d && num(t, j + 1) <= 31) {
            dEnd = num(t, j + 1);
            j += 2;
            if (is(t, j, ".")) {
                j++;
            }
        }
        if (j < t.size() && (t.get(j).lower().equals("de") || t.get(j).lower().equals("tháng"))) {
            j++;
        }
        if (j >= t.size() || word[j] == null || !word[j].kind().equals("month")) {
            return null;
        }
        int month = Integer.parseInt(word[j].value());
        int k = wordEnd[j];
        int yk = k;
        while (yk < t.size() && YEAR_LINKS.contains(t.get(yk).lower()) && yk - k < 2) {
            yk++;
        }
        int y = 0;
        if (isYear(num(t, yk))) {
            y = num(t, yk);
            k = yk + 1;
        }
        if (!valid(y, month, d)) {
            return null;
        }
        return new Found(day(t, i, k, y, month, d, dEnd), k);
    }

    /** "in 2015", "seit 2009": a year standing alone after a preposition. */
    private static Found bareYear(List<Token> t, int i) {
        int y = num(t, i);
        if (isYear(y) && t.get(i).text().length() == 4 && i > 0 && YEAR_PREPOSITIONS.contains(t.get(i - 1).lower())
                && !is(t, i + 1, "-")) {
            return new Found(new DateExpression(span(t, i, i + 1), y, 0, 0, 0, 0, null, 0, null), i + 1);
        }
        return null;
    }
}
