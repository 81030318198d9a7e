package dev.parley.pipeline.clean;

import dev.parley.api.Dateline;
import dev.parley.api.Span;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a wire story: "HANOI (VNA) –", "SEOUL, Nov. 26 (Yonhap) --",
 * "(Baonghean.vn) -", "BERLIN, 14. März –", "WASHINGTON -". Stateless and thread-safe.
 */
final class DatelineParser {

    private static final Pattern WITH_AGENCY = Pattern.compile(
            "^(?:([\\p{Lu}][\\p{L}\\p{M}.'’ -]{1,40}?)(?:,\\s*([^()\\n–—]{1,25}?))?\\s*)?\\(([^()\\n]{2,30})\\)\\s*(?:--|–|—|-|:)\\s*");
    private static final Pattern CAPS_PLACE = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'-]{2,30}),\\s*([\\p{L}\\d. ]{3,20}?)\\s*(?:--|–|—|-|:)\\s*");

    private static final Pattern CAPS_ONLY = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'/-]{2,30}?)\\s+(?:--|–|—|-)\\s+");

    private DatelineParser() {
    }

    static Optional<Dateline> parse(String text, int start, int end) {
        String para = text.substring(start, Math.min(end, start + 120));
        Matcher m = WITH_AGENCY.matcher(para);
        if (m.find()) {
            String place = m.group(1) == null ? "" : m.group(1).trim();
            return Optional.of(new Dateline(new Span(start, start + m.end()), place, Optional.of(m.group(3).trim()),
                    Optional.ofNullable(m.group(2)).map(String::trim)));
        }
        m = CAPS_PLACE.matcher(para);
        if (m.find()) {
            return Optional.of(new Dateline(new Span(start, start + m.end()), m.group(1).trim(), Optional.empty(),
                    Optional.of(m.group(2).trim())));
        }
        m = CAPS_ONLY.matcher(para);
        if (m.find()) {
            return Optional.of(new Dateline(new Span(start, start + m.end()), m.group(1).trim(), Optional.empty(),
                    Optional.empty()));
        }
        return Optional.empty();
    }
}
