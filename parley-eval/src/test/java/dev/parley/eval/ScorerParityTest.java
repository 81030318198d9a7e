package dev.parley.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java scorer prints what score.py prints, byte for byte, on the fixture. */
class ScorerParityTest {
  private static final Path GOLD = ReferenceScorer.resource("/fixture/gold");
  private static final Path PRED = ReferenceScorer.resource("/fixture/pred.jsonl");

  @ParameterizedTest(name = "verbose={0} json={1}")
  @CsvSource({"false, false", "true, false", "false, true", "true, true"})
  void printsWhatScorePyPrints(boolean verbose, boolean json) throws IOException {
    ReferenceScorer reference = ReferenceScorer.require();
    byte[] expected = reference.score(GOLD, PRED, verbose, json);

    ScoreReport report = Scorer.score(GOLD, PRED);
    String actual = report.format(verbose) + (json ? report.toJson() + "\n" : "");

    assertThat(actual).isEqualTo(new String(expected, UTF_8));
    assertThat(actual.getBytes(UTF_8)).isEqualTo(expected);
  }

  @Test
  void actorCodeTableMirrorsScorePy() throws IOException {
    ReferenceScorer reference = ReferenceScorer.require();
    String table = reference.python(String.join("\n",
        "import score",
        "rows = [('org', c, '') for c in score.ORGS]",
        "rows += [('alias', c, v) for c, v in score.ALIASES.items()]",
        "rows += [('sector', c, '') for c in score.SECTORS]",
        "print('\\n'.join(sorted('\\t'.join(r) for r in rows)))"));

    List<String> rows = Files.readAllLines(ReferenceScorer.resource("scorer-actor-codes.tsv")).stream()
        .filter(line -> !line.startsWith("#") && !line.startsWith("kind\t"))
        .sorted()
        .toList();

    assertThat(String.join("\n", rows) + "\n").isEqualTo(table);
  }
}
