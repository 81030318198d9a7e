package dev.parley.pipeline.clean;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SiteSuffixTest {

    /** What SiteSuffix stands for, as an expression matched on the whole line. */
    private static final Pattern EXPRESSION =
            Pattern.compile("(.*\\S)\\s+(?:\\|\\s+[^|]{1,40}|[\\-–—]\\s+[^|\\-–—]{1,40})");

    private static Optional<String> byExpression(String line) {
        Matcher m = EXPRESSION.matcher(line);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Test
    void findsTheHeadlineBeforeTheSiteName() {
        assertThat(SiteSuffix.headline("Leaders meet in Hanoi | Daily Courier")).contains("Leaders meet in Hanoi");
        assertThat(SiteSuffix.headline("Leaders meet in Hanoi – Daily Courier")).contains("Leaders meet in Hanoi");
        assertThat(SiteSuffix.headline("Talks end | Asia | The Courier")).contains("Talks end | Asia");
        assertThat(SiteSuffix.headline("Pact signed | Kuala Lumpur-Post")).contains("Pact signed");
    }

    @Test
    void bodyTextHasNoSiteName() {
        assertThat(SiteSuffix.headline("The ministers met in Hanoi on Monday - and agreed to meet again in a year's"
                + " time, said the spokesman of the ministry")).isEmpty();
        assertThat(SiteSuffix.headline("Hanoi-Jakarta talks")).isEmpty();
        assertThat(SiteSuffix.headline("| Daily Courier")).isEmpty();
    }

    @Test
    void agreesWithTheExpressionOnRandomLines() {
        char[] alphabet = {'a', 'b', 'Z', ' ', ' ', ' ', '\t', '|', '-', '–', '—', '\u2028', '\r', '\u0085', '.'};
        Random random = new Random(20261123);
        for (int n = 0; n < 200_000; n++) {
            int length = random.nextInt(n % 10 == 0 ? 90 : 24);
            StringBuilder line = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                line.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = line.toString();
            assertThat(SiteSuffix.headline(s)).as("'%s'", s).isEqualTo(byExpression(s));
        }
    }
}
