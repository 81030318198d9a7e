package dev.parley.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The extraction as a Spark job: reads every file at the input path (a file, a folder read recursively, or a
 * glob, on any Hadoop file system), runs the pipeline over its records with one {@link ExecutorPipeline} per
 * executor, and writes under the output folder, as Parquet, the tables of {@link OutputTable}: articles, events
 * (with their actors, participants, evidence and series), the records set aside, the dialogue series and the
 * consolidation across articles ({@link CrossArticleConsolidation}). With {@link Settings#storeFiles()}, each
 * store table is also copied to one file {@code <table>.parquet}, the layout {@code parley events --parquet}
 * reads. Input files are never split: when they give fewer partitions than the cluster has cores, their
 * records are spread over more partitions before the pipeline runs, so one large file keeps every core busy.
 * Not thread-safe: one job at a time per session.
 */
final class Extraction {

    /** Partitions per core when records are spread: several, so a slow partition does not hold up the stage. */
    private static final int PARTITIONS_PER_CORE = 4;

    /**
     * What to run.
     *
     * @param input            a file, folder or glob, as a Hadoop path ({@code s3a://...}, {@code hdfs://...}, a local path)
     * @param output           the folder to write; must not exist unless {@code overwrite}
     * @param partitions       how many partitions the records are spread over before the pipeline; empty to decide
     *                         from the input (spread only when the files give fewer partitions than there are cores)
     * @param maxRecordBytes   records larger than this are set aside
     * @param articleTimeoutMs an article taking longer than this is set aside
     * @param storeFiles       also write the single-file copies of the store tables
     * @param overwrite        replace the output folder if it exists
     */
    record Settings(String input, String output, OptionalInt partitions, long maxRecordBytes, long articleTimeoutMs,
                    boolean storeFiles, boolean overwrite) {
        Settings {
            if (partitions.isPresent() && partitions.getAsInt() < 1) {
                throw new IllegalArgumentException("--partitions must be at least 1, not " + partitions.getAsInt());
            }
            if (maxRecordBytes < 1024L * 1024L) {
                throw new IllegalArgumentException("--max-record-mb must be at least 1, not " + maxRecordBytes / (1024 * 1024));
            }
            if (articleTimeoutMs < 1) {
                throw new IllegalArgumentException("--article-timeout-ms must be positive, not " + articleTimeoutMs);
            }
        }
    }

    /**
     * What a run wrote.
     *
     * @param articles     articles processed
     * @param events       events written
     * @param consolidated consolidated events written
     * @param setAside     records set aside
     * @param firstSetAside up to {@link #SHOWN} of the records set aside, as "input: record: reason"
     */
    record Summary(long articles, long events, long consolidated, long setAside, List<String> firstSetAside) {
        /** How many set-aside records a summary names. */
        static final int SHOWN = 20;
    }

    /** Why a run could not start: the message names the path and what to do. */
    static final class JobException extends Exception {
        private static final long serialVersionUID = 1L;

        JobException(String message) {
            super(message);
        }
    }

    private final SparkSession spark;
    private final Settings settings;

    Extraction(SparkSession spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /** Runs the job and says what it wrote. */
    Summary run() throws JobException, IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        // folders are read recursively, as parley extract reads them
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        checkInput(hadoop);
        Path out = new Path(settings.output());
        prepareOutput(out, hadoop);

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(settings.input(), jsc.defaultParallelism());
        JavaRDD<InputItem> items = files.flatMap(new InputFileReader(settings.maxRecordBytes()));
        int cores = jsc.defaultParallelism();
        if (settings.partitions().isPresent()) {
            items = items.repartition(settings.partitions().getAsInt());
        } else if (files.getNumPartitions() < cores) {
            items = items.repartition(cores * PARTITIONS_PER_CORE);
        }
        JavaRDD<TableRow> rows = items.mapPartitions(new PartitionExtractor(settings.articleTimeoutMs()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            for (OutputTable table : List.of(OutputTable.ARTICLES, OutputTable.EVENTS, OutputTable.ACTORS,
                    OutputTable.PARTICIPANTS, OutputTable.EVIDENCE, OutputTable.SERIES_EVENTS, OutputTable.REJECTED)) {
                JavaRDD<Row> tableRows = rows.filter(r -> r.table() == table).map(TableRow::row);
                write(spark.createDataFrame(tableRows, table.schema()), out, table);
            }
        } finally {
            rows.unpersist(false);
        }

        Dataset<Row> events = read(out, OutputTable.EVENTS);
        CrossArticleConsolidation.Result consolidation = CrossArticleConsolidation.of(events,
                read(out, OutputTable.ARTICLES));
        write(consolidation.events(), out, OutputTable.CONSOLIDATED);
        write(consolidation.reports(), out, OutputTable.CONSOLIDATED_REPORTS);
        write(CrossArticleConsolidation.series(read(out, OutputTable.SERIES_EVENTS), events), out, OutputTable.SERIES);
        write(spark.createDataFrame(List.of(RowFactory.create(StoreFiles.SCHEMA_VERSION,
                StoreFiles.SCHEMA_DESCRIPTION)), OutputTable.SCHEMA_VERSION.schema()), out, OutputTable.SCHEMA_VERSION);

        if (settings.storeFiles()) {
            new StoreFiles(spark, out).copyAll();
        }
        Dataset<Row> rejected = read(out, OutputTable.REJECTED);
        List<String> shown = rejected.limit(Summary.SHOWN).collectAsList().stream()
                .map(r -> r.getString(0) + ": " + r.getString(1) + ": " + r.getString(2)).toList();
        return new Summary(read(out, OutputTable.ARTICLES).count(), events.count(),
                read(out, OutputTable.CONSOLIDATED).count(), rejected.count(), shown);
    }

    /** The table as a job wrote it under the output folder {@code out}. */
    static Dataset<Row> read(SparkSession spark, String out, OutputTable table) {
        return spark.read().schema(table.schema()).parquet(new Path(out, table.folder()).toString());
    }

    private Dataset<Row> read(Path out, OutputTable table) {
        return read(spark, out.toString(), table);
    }

    /** Writes {@code rows} as the table's folder under {@code out}, columns in the table's order. */
    private static void write(Dataset<Row> rows, Path out, OutputTable table) {
        Column[] columns = Arrays.stream(table.schema().fieldNames()).map(functions::col).toArray(Column[]::new);
        rows.select(columns).write().parquet(new Path(out, table.folder()).toString());
    }

    private void checkInput(Configuration hadoop) throws JobException, IOException {
        Path input = new Path(settings.input());
        FileSystem fs = input.getFileSystem(hadoop);
        FileStatus[] found = fs.globStatus(input);
        if (found == null || found.length == 0) {
            throw new JobException("no input at " + settings.input()
                    + "; check the path (a file, a folder or a glob, on any Hadoop file system)");
        }
    }

    private void prepareOutput(Path out, Configuration hadoop) throws JobException, IOException {
        FileSystem fs = out.getFileSystem(hadoop);
        if (!fs.exists(out)) {
            return;
        }
        if (!settings.overwrite()) {
            throw new JobException(settings.output() + " already exists; remove it, choose another output folder, "
                    + "or pass --overwrite to replace it");
        }
        if (!fs.delete(out, true)) {
            throw new JobException("cannot remove " + settings.output() + " to replace it; check its permissions");
        }
    }
}
