package dev.parley.store.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.store.query.ConsolidatedEvent;
import dev.parley.store.query.ReportRef;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Writes consolidated events: JSON Lines with every report and source, CSV, or a table. Not thread-safe.
 */
public final class ConsolidatedOutput extends RecordOutput<ConsolidatedEvent> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CSV = List.of("id", "date", "date_end", "type", "mode", "cameo", "goldstein",
            "status", "actors", "place", "country", "reports", "articles", "independent_articles", "first_seen",
            "last_seen", "sources");
    private static final List<String> TABLE = List.of("date", "type", "mode", "status", "actors", "place", "reports",
            "articles", "first_seen", "last_seen", "id");

    public ConsolidatedOutput(OutputFormat format, Writer out) {
        super(format, out, TABLE, CSV);
    }

    @Override
    protected String jsonLine(ConsolidatedEvent c) throws IOException {
        return JSON.writeValueAsString(json(c));
    }

    @Override
    protected List<Object> tableRow(ConsolidatedEvent c) {
        return Arrays.asList(date(c), c.type(), c.mode(), c.status(), String.join(" ", c.actorCodes()),
                c.place().orElse(null), c.reports().size(), c.articles(), c.firstSeen().map(Object::toString).orElse(null),
                c.lastSeen().map(Object::toString).orElse(null), c.id());
    }

    @Override
    protected List<Object> csvRow(ConsolidatedEvent c) {
        return Arrays.asList(c.id(), c.date().orElse(null), c.dateEnd().orElse(null), c.type(), c.mode(), c.cameo(),
                c.goldstein(), c.status(), String.join(" ", c.actorCodes()), c.place().orElse(null),
                c.country().orElse(null), c.reports().size(), c.articles(), c.independentArticles(),
                c.firstSeen().map(Object::toString).orElse(null), c.lastSeen().map(Object::toString).orElse(null),
                String.join(" ", c.sources()));
    }

    private static String date(ConsolidatedEvent c) {
        String date = c.date().orElse("");
        return c.dateEnd().map(end -> date + "/" + end).orElse(date);
    }

    private static ObjectNode json(ConsolidatedEvent c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", c.id());
        o.put("type", c.type());
        o.put("mode", c.mode());
        o.put("cameo", c.cameo());
        o.put("goldstein", c.goldstein());
        o.put("status", c.status());
        o.put("date", c.date().orElse(null));
        o.put("date_end", c.dateEnd().orElse(null));
        ArrayNode actors = o.putArray("actors");
        c.actorCodes().forEach(actors::add);
        if (c.place().isPresent() || c.country().isPresent()) {
            o.putObject("location").put("place", c.place().orElse(null)).put("country", c.country().orElse(null));
        } else {
            o.putNull("location");
        }
        o.put("articles", c.articles());
        o.put("independent_articles", c.independentArticles());
        o.put("first_seen", c.firstSeen().map(Object::toString).orElse(null));
        o.put("last_seen", c.lastSeen().map(Object::toString).orElse(null));
        ArrayNode sources = o.putArray("sources");
        c.sources().forEach(sources::add);
        ArrayNode reports = o.putArray("reports");
        for (ReportRef r : c.reports()) {
            reports.addObject().put("event", r.eventId()).put("doc", r.articleId()).put("url", r.url().orElse(null))
                    .put("seen", r.seen().map(Object::toString).orElse(null));
        }
        o.put("representative_event", c.representativeEvent());
        return o;
    }
}
