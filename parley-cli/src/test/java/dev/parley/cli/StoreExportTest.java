package dev.parley.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parley export} in every format, and Parquet read back through {@code parley events --parquet}. */
class StoreExportTest {

    @TempDir
    static Path dir;
    private static Path db;
    private static List<String> extracted;

    @BeforeAll
    static void ingest() throws Exception {
        Path reports = ConsolidationTest.reports(dir);
        Path sample = Path.of("../corpus/sample/articles.jsonl");
        db = dir.resolve("parley.duckdb");
        assertThat(CliRun.of("ingest", sample.toString(), reports.toString(), "--db", db.toString()).exit()).isZero();
        extracted = new ArrayList<>();
        for (Path input : List.of(sample, reports)) {
            extracted.addAll(CliRun.of("extract", input.toString()).out().lines().toList());
        }
    }

    @Test
    void jsonLinesAreTheEventsExtractWrites() throws Exception {
        Path out = dir.resolve("events.jsonl");
        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "jsonl", "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out).stream().sorted().toList()).isEqualTo(extracted.stream().sorted().toList());
    }

    @Test
    void csvHasOneRowPerEvent() throws Exception {
        Path out = dir.resolve("events.csv");
        assertThat(CliRun.of("export", "--db", db.toString(), "--format", "CSV", "-o", out.toString()).exit()).isZero();
        List<List<String>> rows = Csv.parse(Files.readString(out));
        assertThat(rows).hasSize(extracted.size() + 1).allSatisfy(r -> assertThat(r).hasSize(21));
    }

    @Test
    void parquetReadsBackThroughEventsAndTheOtherQueries() throws Exception {
        Path folder = dir.resolve("parquet");
        assertThat(CliRun.of("export", "--db", db.toString(), "--format", "parquet", "-o", folder.toString()).exit()).isZero();
        assertThat(folder.resolve("events.parquet")).isRegularFile();
        for (List<String> query : List.of(List.of("events", "--format", "jsonl"),
                List.of("events", "--format", "jsonl", "--dyad", "ETH,KEN", "--text", "diplomat", "--since", "2024"),
                List.of("events", "--consolidated", "--format", "jsonl"),
                List.of("events", "--consolidated", "--format", "csv", "--actor", "KEN"),
                List.of("actors", "--format", "csv"), List.of("series", "--format", "csv"),
                List.of("timeline", "ETH", "KEN"))) {
            CliRun fromStore = CliRun.of(with(query, "--db", db.toString()));
            CliRun fromParquet = CliRun.of(with(query, "--parquet", folder.toString()));
            assertThat(fromParquet.exit()).as(fromParquet.err()).isZero();
            assertThat(fromParquet.out()).as(String.join(" ", query)).isEqualTo(fromStore.out()).isNotBlank();
        }
        Files.delete(folder.resolve("consolidated_events.parquet"));
        CliRun partial = CliRun.of("events", "--parquet", folder.toString(), "--format", "jsonl");
        assertThat(partial.exit()).isZero();
        assertThat(partial.out().lines()).hasSize(extracted.size());
    }

    @Test
    void parquetFromAnotherWriterIsReadThroughTheStoreColumns() throws Exception {
        Path folder = dir.resolve("parquet-other");
        assertThat(CliRun.of("export", "--db", db.toString(), "--format", "parquet", "-o", folder.toString()).exit()).isZero();
        String expected = CliRun.of("events", "--parquet", folder.toString(), "--format", "jsonl").out();
        Path events = folder.resolve("events.parquet");
        Path full = dir.resolve("events-full.parquet");
        Files.move(events, full);
        rewrite(full, events, "url");
        CliRun withoutUrl = CliRun.of("events", "--parquet", folder.toString(), "--format", "jsonl");
        assertThat(withoutUrl.exit()).as(withoutUrl.err()).isZero();
        assertThat(withoutUrl.out()).isEqualTo(expected);

        Files.delete(events);
        rewrite(full, events, "record");
        CliRun withoutRecord = CliRun.of("events", "--parquet", folder.toString());
        assertThat(withoutRecord.exit()).isEqualTo(ParleyCommand.FAILED);
        assertThat(withoutRecord.err()).contains("events.parquet has no column record");
    }

    /** Copies a Parquet file without one column, as a writer of an older schema would have written it. */
    private static void rewrite(Path from, Path to, String column) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * EXCLUDE (" + column + ") FROM read_parquet('" + from + "')) TO '" + to
                    + "' (FORMAT parquet)");
        }
    }

    @Test
    void gdeltRecordsHave61TypedColumns() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        assertThat(CliRun.of("export", "--db", db.toString(), "--format", "gdelt", "-o", out.toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize((int) StoreRows.count(db, "SELECT count(*) FROM consolidated_events"));
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            assertThat(c).as(line).hasSize(61);
            assertThat(Long.parseLong(c[0])).isPositive();
            LocalDate sqlDate = LocalDate.parse(c[1], day);
            assertThat(c[2]).isEqualTo(c[1].substring(0, 6));
            assertThat(c[3]).isEqualTo(c[1].substring(0, 4));
            assertThat(Double.parseDouble(c[4])).isBetween((double) sqlDate.getYear(), sqlDate.getYear() + 1.0);
            assertThat(c[5]).isNotEmpty(); // Actor1Code
            assertThat(c[25]).isEmpty(); // IsRootEvent
            assertThat(c[26]).matches("\\d{3,4}");
            assertThat(c[27]).isEqualTo(c[26].substring(0, 3));
            assertThat(c[28]).isEqualTo(c[26].substring(0, 2));
            int root = Integer.parseInt(c[28]);
            int quad = Integer.parseInt(c[29]);
            assertThat(quad).isEqualTo(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
            assertThat(Double.parseDouble(c[30])).isBetween(-10.0, 10.0);
            assertThat(Integer.parseInt(c[31])).isPositive();
            assertThat(Integer.parseInt(c[32])).isPositive();
            assertThat(Integer.parseInt(c[33])).isPositive().isLessThanOrEqualTo(Integer.parseInt(c[31]));
            assertThat(c[34]).isEmpty(); // AvgTone
            assertThat(c[51]).matches("[14]?");
            assertThat(c[59]).matches("\\d{14}");
            assertThat(c[60]).matches("(https?://\\S+)?");
        }
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\t", -1)[52]).isEqualTo("Nairobi, Kenya"));
    }

    private static String[] with(List<String> query, String option, String value) {
        List<String> args = new ArrayList<>(query);
        args.add(option);
        args.add(value);
        return args.toArray(String[]::new);
    }
}
