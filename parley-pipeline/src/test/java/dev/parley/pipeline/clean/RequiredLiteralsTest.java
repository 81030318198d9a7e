package dev.parley.pipeline.clean;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.TsvRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredLiteralsTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static RequiredLiterals of(String regex, int flags) {
        Optional<RequiredLiterals> literals = RequiredLiterals.of(Pattern.compile(regex, flags));
        assertThat(literals).as(regex).isPresent();
        return literals.get();
    }

    private static boolean mayMatch(RequiredLiterals literals, String line) {
        return literals.mayMatch(line, RequiredLiterals.fold(line));
    }

    @Test
    void aLineWithoutAnyOfTheWordsIsRuledOut() {
        RequiredLiterals copyright = of(".{0,100}(copyright|©|all rights reserved).{0,100}", CI);
        assertThat(mayMatch(copyright, "COPYRIGHT 2024 Example News")).isTrue();
        assertThat(mayMatch(copyright, "© Example")).isTrue();
        assertThat(mayMatch(copyright, "All Rights Reserved.")).isTrue();
        assertThat(mayMatch(copyright, "The ministers met in Hanoi on Monday.")).isFalse();
    }

    @Test
    void runsOfCharactersJoinAcrossBoundariesAndTheLongestPartIsNeeded() {
        RequiredLiterals r = of("\\bsee (more|also)\\b.*", CI);
        assertThat(mayMatch(r, "See also:")).isTrue();
        assertThat(mayMatch(r, "more and also, but not the verb")).isFalse();
    }

    @Test
    void classesOfSingleCharactersAreLiteralsAndCaseSensitivePatternsCompareTheLineAsWritten() {
        RequiredLiterals site = of("(.*\\S)\\s+(?:\\|\\s+[^|]{1,40}|[\\-–—]\\s+[^|\\-–—]{1,40})", 0);
        assertThat(mayMatch(site, "Talks in Hanoi | Example News")).isTrue();
        assertThat(mayMatch(site, "Talks in Hanoi – Example News")).isTrue();
        assertThat(mayMatch(site, "Talks in Hanoi")).isFalse();
        RequiredLiterals upper = of("NATO", 0);
        assertThat(mayMatch(upper, "nato")).isFalse();
    }

    @Test
    void caseFoldingMeetsTheCharactersPatternMeets() {
        // Pattern folds the long s to 's' (upper case 'S', then lower case): the filter must let it through
        Pattern post = Pattern.compile("post", CI);
        assertThat(post.matcher("POſT").matches()).isTrue();
        assertThat(mayMatch(of("post", CI), "POſT")).isTrue();
        assertThat(mayMatch(of("фото ?:.*", CI), "ФОТО: ТАСС")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?i)copyright", "\\Qa.b\\E", "(a)\\1", "(?<name>ab)", ".*", "a?b?", "[a-z]+",
            "(ab|.*)", "[^ab]", "x{0,3}", "\\x41", "abc)"})
    void patternsWithNoKnownLiteralsAlwaysRun(String regex) {
        Optional<Pattern> p;
        try {
            p = Optional.of(Pattern.compile(regex, CI));
        } catch (java.util.regex.PatternSyntaxException e) {
            p = Optional.empty();
        }
        p.ifPresent(pattern -> assertThat(RequiredLiterals.of(pattern)).as(regex).isEmpty());
    }

    @Test
    void otherFlagsAreNotFiltered() {
        assertThat(RequiredLiterals.of(Pattern.compile("copyright", Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("copyright", Pattern.MULTILINE))).isEmpty();
    }

    @Test
    void oneScanFindsTheSamePatternsAsSearchingEachLiteral() throws IOException {
        List<Optional<RequiredLiterals>> literals = new ArrayList<>();
        for (String regex : List.of(".{0,100}(copyright|©|all rights reserved).{0,100}", "(.*\\S)\\s+\\|.*",
                "[a-z]+", "(see|read) (more|also)", "(相关新闻|関連記事)", ".*@[a-z]+")) {
            Pattern p = Pattern.compile(regex, regex.startsWith("(.*") ? 0 : CI);
            literals.add(RequiredLiterals.of(p));
        }
        LiteralScan scan = new LiteralScan(literals);
        for (String line : List.of("© Example News", "COPYRIGHT 2024", "Talks | Example", "read also: 関連記事",
                "write to desk@example.org", "The ministers met in Hanoi.", "", "©")) {
            boolean[] may = scan.candidates(RequiredLiterals.fold(line));
            for (int i = 0; i < literals.size(); i++) {
                boolean expected = literals.get(i).map(l -> l.folded() ? mayMatch(l, line) : true).orElse(true);
                assertThat(may[i]).as("pattern " + i + " on '" + line + "'").isEqualTo(expected);
            }
        }
        assertThat(scan.candidates("the ministers met")).containsExactly(false, true, true, false, false, false);
    }

    /**
     * Every bundled boilerplate rule, against every line of the sample corpus and the cleaning fixtures and
     * variants of them in other cases: whenever the rule matches a line, its literals let the line through.
     */
    @Test
    void noBundledRuleLosesALineItMatches() throws IOException {
        List<String> lines = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/clean/flat"))) {
            fixtures.forEach(files::add);
        }
        files.add(Path.of("../corpus/sample/articles.jsonl"));
        for (Path f : files) {
            for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\\n|\\\\n")) {
                String s = line.strip();
                lines.add(s);
                lines.add(s.toUpperCase(Locale.ROOT));
                lines.add(s.toLowerCase(Locale.ROOT));
            }
        }
        int matched = 0;
        int filtered = 0;
        for (TsvRow row : LexiconSource.bundled().rows("boilerplate.tsv")) {
            Pattern p = Pattern.compile(row.get("pattern"), CI);
            Optional<RequiredLiterals> literals = RequiredLiterals.of(p);
            filtered += literals.isPresent() ? 1 : 0;
            for (String line : lines) {
                if (p.matcher(line).matches()) {
                    matched++;
                    assertThat(literals.map(l -> mayMatch(l, line))).as(row.origin() + " on '" + line + "'")
                            .isNotEqualTo(Optional.of(false));
                }
            }
        }
        assertThat(matched).as("lines some rule matches").isGreaterThan(100);
        assertThat(filtered).as("rules with literals").isGreaterThan(30);
    }
}
