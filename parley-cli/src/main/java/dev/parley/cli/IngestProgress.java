package dev.parley.cli;

import dev.parley.api.SetAside;
import dev.parley.store.ingest.IngestCounts;
import dev.parley.store.ingest.IngestListener;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Shows an ingest's progress on stderr: on a terminal, a bar redrawn in place with the rate and the time
 * left; otherwise (a log, a pipe) a plain line at the first commit and then every {@value #LINE_EVERY_SECONDS}
 * seconds. Names every set-aside record, as {@code parley extract} does.
 */
final class IngestProgress implements IngestListener {

    private static final int LINE_EVERY_SECONDS = 10;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final RejectedLog log;
    private final boolean terminal;
    private final OptionalLong expected;
    private final long started = System.nanoTime();
    private long lastLine = Long.MIN_VALUE;
    private boolean barShown;

    IngestProgress(PrintStream err, RejectedLog log, boolean terminal, OptionalLong expected) {
        this.err = err;
        this.log = log;
        this.terminal = terminal;
        this.expected = expected;
    }

    @Override
    public void setAside(SetAside record) {
        clearBar();
        err.println("set aside: " + record);
        log.write(record);
    }

    @Override
    public void committed(IngestCounts soFar) {
        long now = System.nanoTime();
        double seconds = (now - started) / 1e9;
        if (terminal) {
            err.print("\r" + bar(soFar.read(), expected, seconds) + "\u001b[K");
            err.flush();
            barShown = true;
        } else if (lastLine == Long.MIN_VALUE || now - lastLine >= LINE_EVERY_SECONDS * 1_000_000_000L) {
            err.println("parley ingest: " + line(soFar.read(), expected, seconds));
            lastLine = now;
        }
    }

    @Override
    public void consolidating() {
        clearBar();
        err.println("parley ingest: consolidating reports across articles...");
    }

    /** Ends the bar's line so what follows starts on its own. */
    void clearBar() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }

    /** {@code [=======>      ]  45%  1,080/2,400 records  312/s  ETA 0:04}, or without a total the count and rate. */
    static String bar(long read, OptionalLong expected, double seconds) {
        double rate = read / Math.max(seconds, 1e-9);
        if (expected.isEmpty() || expected.getAsLong() == 0) {
            return String.format(Locale.ROOT, "%,d records  %,.0f/s", read, rate);
        }
        long total = expected.getAsLong();
        double done = Math.min(1.0, read / (double) total);
        int filled = (int) Math.round(done * BAR_WIDTH);
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? ">" : "") + " ".repeat(BAR_WIDTH - filled);
        return String.format(Locale.ROOT, "[%s] %3.0f%%  %,d/%,d records  %,.0f/s  ETA %s", bar, done * 100, read, total,
                rate, eta(read, total, rate));
    }

    /** {@code 1,080 of 2,400 records (45%), 312 records/s, about 0:04 left}, or without a total the count and rate. */
    static String line(long read, OptionalLong expected, double seconds) {
        double rate = read / Math.max(seconds, 1e-9);
        if (expected.isEmpty() || expected.getAsLong() == 0) {
            return String.format(Locale.ROOT, "%,d records, %,.0f records/s", read, rate);
        }
        long total = expected.getAsLong();
        return String.format(Locale.ROOT, "%,d of %,d records (%.0f%%), %,.0f records/s, about %s left", read, total,
                Math.min(100.0, 100.0 * read / total), rate, eta(read, total, rate));
    }

    private static String eta(long read, long total, double rate) {
        long left = rate <= 0 ? 0 : Math.round(Math.max(0, total - read) / rate);
        Duration d = Duration.ofSeconds(left);
        return d.toHours() > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }
}
