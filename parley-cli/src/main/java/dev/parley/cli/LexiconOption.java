package dev.parley.cli;

import dev.parley.pipeline.Pipeline;
import dev.parley.pipeline.lexicon.LexiconSource;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --lexicon} option of the commands that run the pipeline, and the pipeline it builds. */
final class LexiconOption {

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "a folder of extra lexicon files laid out like the bundled ones (en/actors.tsv, ...)")
    Path lexicon;

    /** The pipeline with the bundled lexicons, and the user's folder when one is given. */
    Pipeline pipeline() {
        return Pipeline.from(lexicon == null ? LexiconSource.bundled() : LexiconSource.withUserDir(lexicon));
    }
}
