package dev.parley.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @Test
    void printsASummaryOfTheSampleCorpus() {
        CliRun run = CliRun.of("demo");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Parley demo: 24 sample articles, \\d+ events")
                .contains("Events by type:").contains("CONSULT/meet").contains("Top actor pairs:")
                .contains("Some events with their evidence:").contains("rule: lexicon/");
    }
}
