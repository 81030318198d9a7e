package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.output.ConsolidatedOutput;
import dev.parley.store.output.EventsOutput;
import dev.parley.store.output.OutputFormat;
import dev.parley.store.query.ConsolidatedQuery;
import dev.parley.store.query.EventFilter;
import dev.parley.store.query.EventQuery;
import dev.parley.store.query.FilterParameters;
import dev.parley.store.query.InvalidParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.Optional;

/** {@code parley events}: stored events matching filters, per article or consolidated across articles. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists stored events matching every filter given, oldest first (undated last).",
                "Per-article events by default; --consolidated lists each real-world event once, with its reports."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store could not be read", "2:usage error"})
final class EventsCommand extends StoreQueryCommand {

    @Option(names = "--actor", paramLabel = "CODE", description = "an actor on either side (USA, EU, NATO, ...)")
    String actor;

    @Option(names = "--dyad", paramLabel = "A,B", description = "both actors are parties, on either side")
    String dyad;

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER type (CONSULT, AGREE, SANCTION, ...)")
    String type;

    @Option(names = "--mode", paramLabel = "MODE", description = "PLOVER mode (meet, visit, phone, sign, ...)")
    String mode;

    @Option(names = "--status", paramLabel = "STATUS", description = "occurred, planned or proposed")
    String status;

    @Option(names = "--since", paramLabel = "DATE", description = "events that can fall on or after DATE (2024, 2024-05 or 2024-05-15)")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "events that can fall on or before DATE (its last day)")
    String until;

    @Option(names = "--place", paramLabel = "PLACE", description = "a place name, or the ISO 3166 alpha-3 code of the country")
    String place;

    @Option(names = "--series", paramLabel = "NAME", description = "sessions of this dialogue series")
    String series;

    @Option(names = "--text", paramLabel = "WORDS", description = "every word occurs in the evidence (case-insensitive)")
    String text;

    @Option(names = "--consolidated", description = "one line per real-world event, with its reports and sources")
    boolean consolidated;

    private EventFilter filter;

    @Override
    void parseOptions() {
        try {
            filter = FilterParameters.parse(name -> Optional.ofNullable(switch (name) {
                case "actor" -> actor;
                case "dyad" -> dyad;
                case "type" -> type;
                case "mode" -> mode;
                case "status" -> status;
                case "since" -> since;
                case "until" -> until;
                case "place" -> place;
                case "series" -> series;
                case "text" -> text;
                default -> throw new IllegalStateException("parley events has no option --" + name);
            }));
        } catch (InvalidParameterException e) {
            throw new IllegalArgumentException("--" + e.parameter() + ": " + e.getMessage());
        }
    }

    @Override
    void write(Store store, OutputFormat output, Writer out) throws SQLException, IOException {
        if (consolidated) {
            warnIfStale(store);
            ConsolidatedOutput sink = new ConsolidatedOutput(output, out);
            ConsolidatedQuery.forEach(store, filter, sink);
            sink.finish();
        } else {
            EventsOutput sink = new EventsOutput(output, out);
            EventQuery.forEach(store, filter, sink);
            sink.finish();
        }
    }
}
