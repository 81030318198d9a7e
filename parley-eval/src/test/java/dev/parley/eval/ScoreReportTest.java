package dev.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures on the fixture, worked out by hand, and the participants option. */
class ScoreReportTest {
  private static final Path GOLD = ReferenceScorer.resource("/fixture/gold");
  private static final Path PRED = ReferenceScorer.resource("/fixture/pred.jsonl");
  private static ScoreReport report;

  @BeforeAll
  static void score() throws IOException {
    report = Scorer.score(GOLD, PRED);
  }

  @Test
  void countsMatchesFalsePositivesNeutralsAndGold() {
    assertThat(report.documents()).isEqualTo(4);
    assertThat(report.totals()).isEqualTo(new EventTally(10, 5, 6, 12));
    assertThat(report.neutral()).isEqualTo(3);
    assertThat(report.byLanguage()).containsExactly(
        entry("en", new EventTally(5, 3, 3, 7)), entry("non-en", new EventTally(5, 2, 3, 5)));
    assertThat(report.unknownDocIds()).containsExactly("ghost-099", "l'autre-100");
  }

  @Test
  void printsStrictPrecisionRoundedHalfToEvenAsPythonDoes() {
    assertThat(report.totals().strict().precision()).isEqualTo(0.3125);
    assertThat(report.format(false)).contains("strict P 0.312  R 0.417  F1 0.357\n");
  }

  @Test
  void sortsTypesAsPrintedSoNoneFallsAmongTheNames() {
    assertThat(report.byType()).extracting(TypeTally::type).containsSubsequence("MOBILIZE", "None", "PROTEST");
  }

  @Test
  void greedyPairingPrefersTheBetterPredictionOverTheEarlierOne() {
    assertThat(report.outcomes())
        .filteredOn(o -> o.type().equals("REQUEST"))
        .extracting(Outcome::kind, Outcome::status)
        .containsExactly(tuple(Outcome.Kind.TP, "planned"), tuple(Outcome.Kind.FP, "proposed"));
  }

  @Test
  void countsGoldParticipantsWithAnActorThatTheMatchedPredictionNames() {
    // alpha CONSULT 2 of 2, alpha REQUEST 0 of 1 (one more without actor), beta CONSULT 2 of 2
    // (one through name_en), delta COOPERATE 1 of 2 (the other with the wrong actor)
    assertThat(report.participants()).isEqualTo(new Accuracy(5, 7));
  }

  @Test
  void printsParticipantsOnlyWhenAsked() {
    String plain = report.format(false);
    String withParticipants = report.format(false, true);

    assertThat(plain).doesNotContain("participants").isEqualTo(report.format(false, false));
    assertThat(withParticipants.lines().toList()).containsSubsequence(
        "attributes on matched pairs: actors_exact 0.80 (n=10)  cameo 0.90 (n=10)  cameo_root 1.00 (n=10)"
            + "  country 0.57 (n=7)  date 0.70 (n=10)  direction 0.80 (n=5)  mode 1.00 (n=9)"
            + "  place 0.71 (n=7)  status 0.80 (n=10)",
        "participants found 0.714 (n=7)",
        "  type ACCUSE     P 0.50 R 1.00 F1 0.67  gold 1");
    assertThat(report.toJson()).doesNotContain("participants");
    assertThat(report.toJson(true)).endsWith(", \"participants\": {\"recall\": 0.714, \"n\": 7}}");
  }

  @Test
  void isImmutable() {
    assertThatThrownBy(() -> report.outcomes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.byLanguage().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.byType().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(report.outcomes().get(0).sources()).isUnmodifiable();
  }
}
