package dev.parley.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that run the pipeline over a batch of articles. */
final class WorkerThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The number of worker threads: at least one. */
    int count() {
        return Math.max(1, threads);
    }
}
