package dev.parley.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * The Spark job's entry point, for {@code spark-submit --class dev.parley.spark.ExtractJob} on a cluster and for
 * {@code ./parley spark} on this machine: article inputs at any Hadoop path in, Parquet tables out (see
 * {@link Extraction}). Progress is Spark's log; a closing summary goes to stderr. Exit codes: 0 the job ran
 * (records set aside are counted in the summary and kept in OUTDIR/rejected: on a cluster a non-zero exit would
 * mark the whole application failed), 1 it could not run, 2 usage error.
 */
@Command(name = "parley spark", mixinStandardHelpOptions = true, version = "parley-spark 0.1.0",
        description = {"Runs the extraction as an Apache Spark job: reads article inputs (JSON Lines, text, HTML, "
                + "WARC, gzip of any of these, folders, globs) at any Hadoop path, and writes the store's tables as "
                + "Parquet under OUTDIR: articles/, events/, actors/, participants/, evidence/, series_events/, "
                + "series/, consolidated/, consolidated_reports/, and the records set aside in rejected/.",
                "Also writes each store table as one file <table>.parquet, read by 'parley events --parquet OUTDIR'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the job ran (records set aside are counted and kept in OUTDIR/rejected)",
                "1:the job could not run: no input, the output exists, or Spark failed", "2:usage error"})
public final class ExtractJob implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "a file, a folder (read recursively) or a glob, local or on any Hadoop file system (hdfs://, s3a://, ...)")
    String input;

    @Parameters(index = "1", paramLabel = "OUTDIR", description = "the folder to write; must not exist (see --overwrite)")
    String output;

    @Option(names = "--master", paramLabel = "MASTER",
            description = "the Spark master, such as local[2]; default: the one spark-submit gives, else local[*]")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "spread the records over N partitions before the pipeline runs (default: only when the "
                    + "input files give fewer partitions than there are cores, over 4 per core)")
    Integer partitions;

    @Option(names = "--max-record-mb", paramLabel = "MB", description = "set aside records larger than this (default: 16)")
    int maxRecordMb = 16;

    @Option(names = "--article-timeout-ms", paramLabel = "MS",
            description = "set aside an article that takes longer than this (default: 10000)")
    long articleTimeoutMs = 10_000;

    @Option(names = "--no-store-files",
            description = "skip the single-file copies <table>.parquet (one task writes each: skip them for very large runs)")
    boolean noStoreFiles;

    @Option(names = "--overwrite", description = "replace OUTDIR if it exists")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    /** Runs the job and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).execute(args));
    }

    @Override
    public Integer call() {
        Extraction.Settings settings;
        try {
            settings = new Extraction.Settings(input, output,
                    partitions == null ? OptionalInt.empty() : OptionalInt.of(partitions),
                    maxRecordMb * 1024L * 1024L, articleTimeoutMs, !noStoreFiles, overwrite);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintStream err = System.err;
        long started = System.nanoTime();
        SparkSession spark = session(master);
        try {
            Extraction.Summary summary = new Extraction(spark, settings).run();
            print(summary, (System.nanoTime() - started) / 1e9, err);
            return 0;
        } catch (Extraction.JobException e) {
            err.println("parley spark: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("parley spark: the job failed (" + e.getMessage() + "); the Spark log above says which "
                    + "stage and input; fix that and run again (with --overwrite to replace " + output + ")");
            return 1;
        } finally {
            spark.stop();
        }
    }

    /**
     * A session on {@code master}, or on the master spark-submit set, else on every local core. A local run
     * binds the driver to the loopback address: Spark would otherwise pick whichever address the host name
     * resolves to, which may be unreachable.
     */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf(); // spark.* system properties, as spark-submit passes them
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.app.name", "parley extract");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private void print(Extraction.Summary s, double seconds, PrintStream err) {
        for (String line : s.firstSetAside()) {
            err.println("set aside: " + line);
        }
        if (s.setAside() > s.firstSetAside().size()) {
            err.printf("set aside: ... and %,d more, all in %s/rejected%n", s.setAside() - s.firstSetAside().size(), output);
        }
        err.printf("parley spark: %,d articles read, %,d events written (%,d consolidated), %,d records set aside, "
                        + "%.1f s (%,.1f articles/s); tables in %s%n", s.articles() + s.setAside(), s.events(),
                s.consolidated(), s.setAside(), seconds, s.articles() / Math.max(seconds, 1e-9), output);
    }
}
