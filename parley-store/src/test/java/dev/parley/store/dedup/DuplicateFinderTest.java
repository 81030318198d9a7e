package dev.parley.store.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateFinderTest {

    private static final String STORY = "Kenyan Foreign Minister Amina Wanjiru met Ethiopian Foreign Minister Dawit Alemu "
            + "in Nairobi on Tuesday to discuss security along their shared border, the ministry said. The two ministers "
            + "also reviewed progress on a planned highway linking the two capitals, which both governments expect to open "
            + "next year. Officials said the talks covered cattle raids, refugee flows and the joint police posts set up "
            + "last year. Wanjiru told reporters the neighbours would meet again before the end of the year to sign a "
            + "border management agreement. Alemu said Ethiopia valued the partnership and thanked Kenya for hosting.";

    @Test
    void identicalTextsAreFullySimilarAndUnrelatedOnesAreNot() {
        int[] a = MinHash.of(STORY).orElseThrow();
        int[] b = MinHash.of(STORY.toUpperCase()).orElseThrow();
        int[] c = MinHash.of("Germany and France signed a treaty on energy cooperation in Berlin on Monday, "
                + "after two days of talks between their economy ministers and a dinner at the chancellery.").orElseThrow();
        assertThat(MinHash.similarity(a, b)).isEqualTo(1.0);
        assertThat(MinHash.similarity(a, c)).isLessThan(0.2);
        assertThat(MinHash.of(" -- ")).isEmpty();
        assertThat(MinHash.fromBytes(MinHash.toBytes(a))).containsExactly(a);
    }

    @Test
    void aSyndicatedCopyWithOtherBoilerplateIsLinkedToTheOriginal() {
        String copy = "Partner News | Africa | Business\n" + STORY + "\nThis story was first published by Horn Daily.";
        int[] original = MinHash.of(STORY).orElseThrow();
        int[] syndicated = MinHash.of(copy).orElseThrow();
        assertThat(MinHash.similarity(original, syndicated)).isGreaterThanOrEqualTo(DuplicateFinder.THRESHOLD);

        List<Duplicate> found = DuplicateFinder.find(List.of(new Fingerprint("original", original),
                new Fingerprint("other", MinHash.of("The Security Council met in New York on Friday and adopted a "
                        + "resolution extending the peacekeeping mission by a year.").orElseThrow()),
                new Fingerprint("copy", syndicated)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).articleId()).isEqualTo("copy");
        assertThat(found.get(0).duplicateOf()).isEqualTo("original");
    }

    @Test
    void thousandsOfCopiesFormOneGroupUnderTheFirstArticle() {
        Random random = new Random(42);
        List<Fingerprint> articles = new ArrayList<>();
        int[] story = MinHash.of(STORY).orElseThrow();
        for (int i = 0; i < 3_000; i++) {
            articles.add(new Fingerprint(String.format("copy-%05d", i), story));
        }
        for (int i = 0; i < 200; i++) {
            articles.add(new Fingerprint(String.format("other-%05d", i), MinHash.of("Report " + i + " on "
                    + random.nextLong() + " and " + random.nextLong() + " and " + random.nextLong()).orElseThrow()));
        }
        List<Duplicate> found = DuplicateFinder.find(articles);
        assertThat(found).hasSize(2_999).allSatisfy(d -> assertThat(d.duplicateOf()).isEqualTo("copy-00000"));

        List<Fingerprint> shuffled = new ArrayList<>(articles.subList(1, articles.size()));
        Collections.shuffle(shuffled, random);
        shuffled.add(0, articles.get(0));
        assertThat(DuplicateFinder.find(shuffled)).extracting(Duplicate::articleId)
                .containsExactlyInAnyOrderElementsOf(found.stream().map(Duplicate::articleId).toList());
    }
}
