package dev.parley.cli;

import dev.parley.io.ArticleInputs;
import dev.parley.io.EventJson;
import dev.parley.io.ReadLimits;
import dev.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley extract}: article records in, event records out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads article records (JSON Lines) and writes event records (JSON Lines).",
                "Progress and a closing summary go to stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all records processed", "1:the output could not be written",
                "2:usage error", "3:some records or inputs were set aside (reasons on stderr and in --rejected)"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = {"article inputs: JSON Lines, text, HTML, WARC, gzip of any of "
            + "these, or folders of them; none or '-' reads standard input"})
    List<String> inputs = List.of();

    @Mixin
    SetAsideOptions setAside;

    @Option(names = "--article-timeout-ms", paramLabel = "MS",
            description = "set aside an article that takes longer than this (default: 10000)")
    long articleTimeoutMs = BatchExtractor.DEFAULT_BUDGET_MS;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write events here instead of stdout")
    Path output;

    @Mixin
    WorkerThreadsOption threads;

    @Mixin
    LexiconOption lexicon;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Pipeline pipeline = lexicon.pipeline();
        Summary summary = new Summary();
        List<String> names = inputs.isEmpty() ? List.of("-") : inputs;
        ReadLimits limits = setAside.limits();
        try (Writer out = open(output); RejectedLog log = setAside.openLog();
             BatchExtractor batch = new BatchExtractor(pipeline, threads.count(), articleTimeoutMs)) {
            for (String name : names) {
                batch.run(ArticleInputs.open(name, System.in, limits), name, outcome -> summary.write(outcome, out, err, log));
            }
        }
        summary.print(err);
        return summary.setAside() > 0 ? ParleyCommand.SET_ASIDE : ParleyCommand.OK;
    }

    private static Writer open(Path output) throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /** Counts and reports what a run did. */
    private static final class Summary {
        private static final int PROGRESS_EVERY = 10_000;
        private final long started = System.nanoTime();
        private long articles;
        private long events;
        private long setAside;

        void write(BatchExtractor.Outcome outcome, Writer out, PrintStream err, RejectedLog log) {
            try {
                if (outcome instanceof BatchExtractor.Extracted x) {
                    articles++;
                    for (var e : x.events()) {
                        out.write(EventJson.toLine(e));
                        out.write('\n');
                        events++;
                    }
                    if (articles % PROGRESS_EVERY == 0) {
                        err.printf("parley extract: %,d articles, %,d events so far%n", articles, events);
                    }
                } else if (outcome instanceof BatchExtractor.Rejected r) {
                    setAside++;
                    err.println("set aside: " + r.reason());
                    log.write(r.reason());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write events: " + e.getMessage(), e);
            }
        }

        long setAside() {
            return setAside;
        }

        void print(PrintStream err) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("parley extract: %,d articles read, %,d events written, %,d records set aside, %.1f s (%,.0f articles/s)%n",
                    articles + setAside, events, setAside, seconds, articles / Math.max(seconds, 1e-9));
        }
    }
}
