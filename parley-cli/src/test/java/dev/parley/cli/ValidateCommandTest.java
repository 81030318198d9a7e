package dev.parley.cli;

import dev.parley.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Accuracy on the public validation sets, where ../shared is beside the repository (their text is never copied
 * here). The floors are the figures reached, rounded down: they may rise, never fall.
 */
class ValidateCommandTest {

    private static final Path SETS = Path.of("../../shared/validation");

    @Test
    void petrarchCameoRoots() throws Exception {
        assumeTrue(Files.isDirectory(SETS), "../shared is not beside the repository");
        ValidateCommand.Figures f = ValidateCommand.petrarch(Pipeline.standard(),
                SETS.resolve("petrarch2_gsr_validation_realactors.jsonl"));
        System.out.println(f.format());
        assertThat(f.rootAccuracy()).isGreaterThanOrEqualTo(0.70); // issue 5 acceptance
        assertThat(f.quietRight()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void ploverTypes() throws Exception {
        assumeTrue(Files.isDirectory(SETS), "../shared is not beside the repository");
        ValidateCommand.Figures f = ValidateCommand.plover(Pipeline.standard(), SETS.resolve("plover_gsr_cameo.jsonl"));
        System.out.println(f.format());
        assertThat(f.typeAccuracy()).isGreaterThanOrEqualTo(0.35);
    }
}
