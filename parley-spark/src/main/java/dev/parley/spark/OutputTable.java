package dev.parley.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tables the job writes under its output folder, each a folder of Parquet part files. All but
 * {@link #REJECTED} are tables of the Parley store (parley-store's {@code migrations/1.sql}), column for column and
 * type for type (VARCHAR as string, INTEGER as int, DATE as date, VARCHAR[] as a list of strings, BLOB as binary),
 * so that their single-file copies {@code <table>.parquet} are what {@code parley events --parquet} reads.
 */
enum OutputTable {

    /** Which store schema the files follow, so a newer store refuses rather than misreads them. */
    SCHEMA_VERSION("schema_version", "schema_version", 0,
            column("version", DataTypes.IntegerType, false),
            column("description", DataTypes.StringType, false)),

    /** One row per article the pipeline read. */
    ARTICLES("articles", "articles", 0,
            column("id", DataTypes.StringType, false),
            column("text_sha256", DataTypes.StringType, false),
            column("url", DataTypes.StringType, true),
            column("title", DataTypes.StringType, true),
            column("published", DataTypes.DateType, true),
            column("reference_date", DataTypes.DateType, true),
            column("language", DataTypes.StringType, false),
            column("text_chars", DataTypes.IntegerType, false),
            column("minhash", DataTypes.BinaryType, true)),

    /** One row per event an article reports, with its whole record as {@code parley extract} writes it. */
    EVENTS("events", "events", 0,
            column("id", DataTypes.StringType, false),
            column("pipeline_id", DataTypes.StringType, false),
            column("article_id", DataTypes.StringType, false),
            column("ordinal", DataTypes.IntegerType, false),
            column("type", DataTypes.StringType, false),
            column("mode", DataTypes.StringType, false),
            column("cameo", DataTypes.StringType, false),
            column("goldstein", DataTypes.DoubleType, false),
            column("status", DataTypes.StringType, false),
            column("date", DataTypes.StringType, true),
            column("date_end", DataTypes.StringType, true),
            column("first_day", DataTypes.DateType, true),
            column("last_day", DataTypes.DateType, true),
            column("actor_codes", DataTypes.createArrayType(DataTypes.StringType, false), false),
            column("is_symmetric", DataTypes.BooleanType, false),
            column("place", DataTypes.StringType, true),
            column("country", DataTypes.StringType, true),
            column("is_virtual", DataTypes.BooleanType, false),
            column("topics", DataTypes.createArrayType(DataTypes.StringType, false), false),
            column("series", DataTypes.StringType, true),
            column("rule", DataTypes.StringType, false),
            column("coder", DataTypes.StringType, false),
            column("record", DataTypes.StringType, false)),

    /** The actors on each side of an event. */
    ACTORS("actors", "actors", 0,
            column("event_id", DataTypes.StringType, false),
            column("side", DataTypes.StringType, false),
            column("position", DataTypes.IntegerType, false),
            column("code", DataTypes.StringType, false),
            column("sector", DataTypes.StringType, true),
            column("name", DataTypes.StringType, false),
            column("text", DataTypes.StringType, false)),

    /** The officials named as taking part in an event. */
    PARTICIPANTS("participants", "participants", 0,
            column("event_id", DataTypes.StringType, false),
            column("position", DataTypes.IntegerType, false),
            column("name", DataTypes.StringType, false),
            column("title", DataTypes.StringType, false),
            column("actor", DataTypes.StringType, false)),

    /** The sentences that state an event, with offsets into the article's text. */
    EVIDENCE("evidence", "evidence", 0,
            column("event_id", DataTypes.StringType, false),
            column("position", DataTypes.IntegerType, false),
            column("text", DataTypes.StringType, false),
            column("start_offset", DataTypes.IntegerType, false),
            column("end_offset", DataTypes.IntegerType, false)),

    /** Events held as a session of a named dialogue series. */
    SERIES_EVENTS("series_events", "series_events", 0,
            column("event_id", DataTypes.StringType, false),
            column("series", DataTypes.StringType, false),
            column("ordinal", DataTypes.IntegerType, true),
            column("periodicity", DataTypes.StringType, true),
            column("founded", DataTypes.IntegerType, true)),

    /** Each dialogue series once, aggregated over its sessions. */
    SERIES("series", "series", 0,
            column("name", DataTypes.StringType, false),
            column("periodicity", DataTypes.StringType, true),
            column("founded", DataTypes.IntegerType, true),
            column("events", DataTypes.IntegerType, false),
            column("first_day", DataTypes.DateType, true),
            column("last_day", DataTypes.DateType, true)),

    /**
     * One row per real-world event, consolidated across articles. The last column, {@code docs}, is not in the
     * store's table: the single-file copy leaves it out.
     */
    CONSOLIDATED("consolidated", "consolidated_events", 1,
            column("id", DataTypes.StringType, false),
            column("type", DataTypes.StringType, false),
            column("mode", DataTypes.StringType, false),
            column("cameo", DataTypes.StringType, false),
            column("goldstein", DataTypes.DoubleType, false),
            column("status", DataTypes.StringType, false),
            column("date", DataTypes.StringType, true),
            column("date_end", DataTypes.StringType, true),
            column("first_day", DataTypes.DateType, true),
            column("last_day", DataTypes.DateType, true),
            column("actor_codes", DataTypes.createArrayType(DataTypes.StringType, false), false),
            column("place", DataTypes.StringType, true),
            column("country", DataTypes.StringType, true),
            column("representative_event", DataTypes.StringType, false),
            column("reports", DataTypes.IntegerType, false),
            column("articles", DataTypes.IntegerType, false),
            column("independent_articles", DataTypes.IntegerType, false),
            column("sources", DataTypes.IntegerType, false),
            column("first_seen", DataTypes.DateType, true),
            column("last_seen", DataTypes.DateType, true),
            column("docs", DataTypes.createArrayType(DataTypes.StringType, false), false)),

    /** Which events (reports) make up each consolidated event. */
    CONSOLIDATED_REPORTS("consolidated_reports", "consolidated_reports", 0,
            column("consolidated_id", DataTypes.StringType, false),
            column("event_id", DataTypes.StringType, false),
            column("article_id", DataTypes.StringType, false),
            column("url", DataTypes.StringType, true),
            column("seen", DataTypes.DateType, true)),

    /** Records set aside, with the input they came from and the reason; not a store table. */
    REJECTED("rejected", null, 0,
            column("input", DataTypes.StringType, false),
            column("record", DataTypes.StringType, false),
            column("reason", DataTypes.StringType, false));

    private final String folder;
    private final String storeTable;
    private final int extraColumns;
    private final StructType schema;

    OutputTable(String folder, String storeTable, int extraColumns, StructField... columns) {
        this.folder = folder;
        this.storeTable = storeTable;
        this.extraColumns = extraColumns;
        this.schema = DataTypes.createStructType(columns);
    }

    /** The folder under the output folder that holds the table's part files. */
    String folder() {
        return folder;
    }

    /** The store table this is, whose single-file copy is {@code <name>.parquet}; empty for set-aside records. */
    Optional<String> storeTable() {
        return Optional.ofNullable(storeTable);
    }

    /** The table's columns, in order. */
    StructType schema() {
        return schema;
    }

    /** The columns the store's table has: all of {@link #schema()} but the trailing extras. */
    List<String> storeColumns() {
        List<String> names = Arrays.asList(schema.fieldNames());
        return names.subList(0, names.size() - extraColumns);
    }

    private static StructField column(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
