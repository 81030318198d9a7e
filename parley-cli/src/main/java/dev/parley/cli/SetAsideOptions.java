package dev.parley.cli;

import dev.parley.io.ReadLimits;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** The options of the commands that read article records: which records to set aside, and where to log them. */
final class SetAsideOptions {

    @Option(names = "--rejected", paramLabel = "FILE",
            description = "also write set-aside records here, as JSON Lines {input, record, reason}")
    Path rejected;

    @Option(names = "--max-record-mb", paramLabel = "MB", description = "set aside records larger than this (default: 16)")
    int maxRecordMb = 16;

    /** The limits records are read under. */
    ReadLimits limits() {
        return new ReadLimits(maxRecordMb * 1024L * 1024L);
    }

    /** The log of set-aside records: the {@code --rejected} file, or nowhere. */
    RejectedLog openLog() throws IOException {
        return RejectedLog.open(rejected);
    }
}
