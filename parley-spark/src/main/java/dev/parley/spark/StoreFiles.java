package dev.parley.spark;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;

/**
 * Copies each store table the job wrote (a folder of part files) to one file {@code <table>.parquet} beside
 * it, with exactly the store's columns: the layout of {@code parley export --format parquet}, which
 * {@code parley events --parquet DIR} reads. One task writes each file, so this suits outputs that one machine
 * reads, not billions of rows. Not thread-safe.
 */
final class StoreFiles {

    /** The store schema (parley-store's {@code migrations/N.sql}) whose tables the job writes. */
    static final int SCHEMA_VERSION = 1;

    /** What {@code schema_version} says of it. */
    static final String SCHEMA_DESCRIPTION = "articles, their events (sides, participants, evidence), "
            + "dialogue series, consolidation across articles; written by parley-spark";

    private final SparkSession spark;
    private final Path out;

    /** @param out the job's output folder, holding the tables' folders */
    StoreFiles(SparkSession spark, Path out) {
        this.spark = spark;
        this.out = out;
    }

    /** Copies every store table. */
    void copyAll() throws IOException {
        for (OutputTable table : OutputTable.values()) {
            if (table.storeTable().isPresent()) {
                copy(table, table.storeTable().get());
            }
        }
    }

    private void copy(OutputTable table, String name) throws IOException {
        Path staging = new Path(out, "_" + name + ".staging");
        Column[] columns = table.storeColumns().stream().map(functions::col).toArray(Column[]::new);
        spark.read().schema(table.schema()).parquet(new Path(out, table.folder()).toString())
                .select(columns).coalesce(1).write().parquet(staging.toString());
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        FileStatus[] parts = fs.globStatus(new Path(staging, "part-*.parquet"));
        if (parts == null || parts.length != 1) {
            throw new IOException("expected one Parquet file in " + staging + " but found "
                    + (parts == null ? 0 : parts.length) + "; remove the output folder and run again");
        }
        Path target = new Path(out, name + ".parquet");
        if (!fs.rename(parts[0].getPath(), target)) {
            throw new IOException("cannot move " + parts[0].getPath() + " to " + target
                    + "; check the output folder's permissions");
        }
        fs.delete(staging, true);
    }
}
