package dev.parley.pipeline;

import dev.parley.api.Actor;
import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import dev.parley.api.Mention;
import dev.parley.api.MentionKind;
import dev.parley.pipeline.actors.LanguageLexicon;
import dev.parley.pipeline.actors.MentionFinder;
import dev.parley.pipeline.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team-written sentences naming political leaders without a state (src/test/resources/actors/leaders.tsv):
 * each row gives the article's date, the actors expected, and the leaders ({@code name=CODE/title}, an empty
 * title for a leader out of office) whose mentions must act for that state or organisation with that title.
 */
class LeaderFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/actors/leaders.tsv");

    @Test
    void resolvesLeadersAtTheArticlesDate() throws IOException {
        MentionFinder finder = finder(LexiconSource.bundled());
        List<String> failures = new ArrayList<>();
        List<String> lines = Files.readAllLines(FIXTURES, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            List<Mention> mentions = mentions(finder, cells[0], LocalDate.parse(cells[1]), cells[2]);
            Set<String> expected = Arrays.stream(cells[3].trim().split("\\s+")).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
            Set<String> found = mentions.stream().map(Mention::actor).flatMap(Optional::stream).map(Actor::code)
                    .collect(Collectors.toSet());
            if (!found.equals(expected)) {
                failures.add(cells[2] + " -> " + found + ", expected " + expected);
            }
            for (String leader : cells[4].split(";")) {
                if (!leader.isBlank() && !hasLeader(cells[2], mentions, leader.trim())) {
                    failures.add(cells[2] + " -> no leader " + leader.trim() + " in " + mentions);
                }
            }
        }
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(15);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void aUsersFolderAddsPeople(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "# a test person\nperson\tcode\tsector\trole\tfrom\tto\n"
                + "Anna Kowalczyk-Berg\tPOL\tDIP\tForeign Minister\t2030\t\n");
        Files.writeString(dir.resolve("people-names.tsv"), "form\tperson\tkind\n"
                + "Kowalczyk-Berg\tAnna Kowalczyk-Berg\tsurname\n");
        MentionFinder finder = finder(LexiconSource.withUserDir(dir));
        List<Mention> mentions = mentions(finder, "en", LocalDate.of(2031, 1, 2),
                "Kowalczyk-Berg flew to Tokyo for talks on Monday.");
        assertThat(hasLeader("Kowalczyk-Berg flew to Tokyo for talks on Monday.", mentions,
                "Anna Kowalczyk-Berg=POL/Foreign Minister")).isTrue();
    }

    private static MentionFinder finder(LexiconSource source) {
        return new MentionFinder(l -> new LanguageLexicon(source, l));
    }

    private static List<Mention> mentions(MentionFinder finder, String language, LocalDate date, String sentence) {
        CleanArticle clean = Pipeline.standard().clean(new Article("fixture", sentence, Optional.empty(),
                Optional.empty(), Optional.of(date), Optional.of(language)));
        return finder.recognize(clean).stream().flatMap(List::stream).toList();
    }

    /** {@code name=CODE/title}: an official named so, or mentioned with these words, acts for CODE with the title. */
    private static boolean hasLeader(String text, List<Mention> mentions, String expected) {
        String name = expected.substring(0, expected.lastIndexOf('='));
        String code = expected.substring(expected.lastIndexOf('=') + 1, expected.lastIndexOf('/'));
        Optional<String> title = Optional.of(expected.substring(expected.lastIndexOf('/') + 1)).filter(s -> !s.isEmpty());
        return mentions.stream().anyMatch(m -> m.kind() == MentionKind.OFFICIAL
                && (m.person().filter(name::equals).isPresent()
                || text.substring(m.span().start(), m.span().end()).equals(name))
                && m.actor().map(Actor::code).filter(code::equals).isPresent() && m.title().equals(title));
    }
}
