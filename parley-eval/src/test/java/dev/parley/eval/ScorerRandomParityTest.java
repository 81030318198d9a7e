package dev.parley.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On predictions made by seeded random edits of the fixture's gold, both scorers agree. */
class ScorerRandomParityTest {
  private static final Path GOLD = ReferenceScorer.resource("/fixture/gold");

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithScorePy(long seed, @TempDir Path dir) throws IOException {
    ReferenceScorer reference = ReferenceScorer.require();
    Path pred = Files.write(dir.resolve("pred.jsonl"), RandomPredictions.from(GOLD, seed), UTF_8);

    ScoreReport report = Scorer.score(GOLD, pred);

    assertThat(report.format(true) + report.toJson() + "\n")
        .isEqualTo(new String(reference.score(GOLD, pred, true, true), UTF_8));
  }
}
