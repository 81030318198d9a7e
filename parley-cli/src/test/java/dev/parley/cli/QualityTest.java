package dev.parley.cli;

import dev.parley.eval.ScoreReport;
import dev.parley.eval.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Extraction quality, scored as users score it: the bundled sample corpus (team-written) and, where
 * ../shared is beside the repository, the dev corpus. The floors are the acceptance figures.
 */
class QualityTest {

    private static ScoreReport extractAndScore(Path articles, Path gold, Path dir) throws Exception {
        Path pred = dir.resolve("pred.jsonl");
        CliRun run = CliRun.of("extract", articles.toString(), "-o", pred.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return Scorer.score(gold, pred);
    }

    @Test
    void sampleCorpus(@TempDir Path dir) throws Exception {
        ScoreReport report = extractAndScore(Path.of("../corpus/sample/articles.jsonl"),
                Path.of("../corpus/sample/gold"), dir);
        System.out.println("sample corpus:\n" + report.format(false));
        assertThat(report.totals().core().f1()).isGreaterThanOrEqualTo(0.50);
    }

    @Test
    void devCorpus(@TempDir Path dir) throws Exception {
        Path dev = Path.of("../../shared/corpus/dev");
        assumeTrue(Files.isDirectory(dev), "../shared is not beside the repository");
        ScoreReport report = extractAndScore(dev.resolve("articles.jsonl"), dev.resolve("gold"), dir);
        System.out.println("dev corpus:\n" + report.format(false, true));
        assertThat(report.totals().core().f1()).isGreaterThanOrEqualTo(0.50);
        assertThat(report.attributes().get("actors_exact").value()).as("actors_exact").isGreaterThanOrEqualTo(0.90);
        assertThat(report.attributes().get("direction").value()).as("direction").isGreaterThanOrEqualTo(0.85);
        assertThat(report.participants().value()).as("participants found").isGreaterThanOrEqualTo(0.80);
    }
}
