package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.api.Article;
import dev.parley.api.Event;
import dev.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code parley validate}: event-type and CAMEO-root accuracy on the public sentence-level gold sets in
 * shared/validation (PETRARCH real-actor records, PLOVER gold records). Their text is read from there,
 * never copied into the project.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Scores the coder on the public validation sets (PETRARCH real actors, PLOVER gold records).")
final class ValidateCommand implements Callable<Integer> {

    /** PLOVER 0.5 names in the PLOVER gold records, and what CONVENTIONS.md calls them. */
    private static final Map<String, String> OLD_NAMES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    @Option(names = "--shared", paramLabel = "DIR", description = "the shared folder (default: ../shared)")
    Path shared = Path.of("../shared");

    /** Figures of one gold set. */
    record Figures(String set, int sentences, int withEvents, int typeRight, int rootRight, int quietRight,
                   int quietSentences) {

        double typeAccuracy() {
            return withEvents == 0 ? 0 : (double) typeRight / withEvents;
        }

        double rootAccuracy() {
            return withEvents == 0 ? 0 : (double) rootRight / withEvents;
        }

        String format() {
            return String.format("%s: %d sentences; with gold events %d: type accuracy %.3f, CAMEO root accuracy %.3f;"
                    + " without events %d: no event predicted on %d", set, sentences, withEvents, typeAccuracy(),
                    rootAccuracy(), quietSentences, quietRight);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Path dir = shared.resolve("validation");
        if (!Files.isDirectory(dir)) {
            System.err.println("parley validate: " + dir + ": not found; give the shared folder with --shared");
            return ParleyCommand.FAILED;
        }
        Pipeline pipeline = Pipeline.standard();
        out.println(petrarch(pipeline, dir.resolve("petrarch2_gsr_validation_realactors.jsonl")).format());
        out.println(plover(pipeline, dir.resolve("plover_gsr_cameo.jsonl")).format());
        return ParleyCommand.OK;
    }

    static Figures petrarch(Pipeline pipeline, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int sentences = 0;
        int withEvents = 0;
        int rootRight = 0;
        int typeRight = 0;
        int quiet = 0;
        int quietRight = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode r = json.readTree(line);
            if (!r.path("evaluate").asBoolean(true)) {
                continue;
            }
            sentences++;
            List<Event> events = code(pipeline, r.path("id").asText(), r.path("text").asText(), r.path("date").asText());
            if (r.path("expected").isEmpty()) {
                quiet++;
                quietRight += events.isEmpty() ? 1 : 0;
                continue;
            }
            withEvents++;
            Set<String> roots = new HashSet<>();
            for (JsonNode e : r.path("expected")) {
                roots.add(e.path("code").asText().substring(0, 2));
            }
            boolean root = events.stream().anyMatch(e -> roots.contains(e.cameo().substring(0, 2)));
            rootRight += root ? 1 : 0;
            typeRight += root ? 1 : 0; // PETRARCH gold has CAMEO codes only: type agrees when the root does
        }
        return new Figures("PETRARCH real-actor records", sentences, withEvents, typeRight, rootRight, quietRight, quiet);
    }

    static Figures plover(Pipeline pipeline, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int sentences = 0;
        int typeRight = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode r = json.readTree(line);
            String event = r.path("event").asText();
            if (event.isEmpty() || event.equals("DOCUMENT") || r.path("text").asText().isBlank()) {
                continue;
            }
            sentences++;
            String type = OLD_NAMES.getOrDefault(event, event);
            List<Event> events = code(pipeline, r.path("id").asText(), r.path("text").asText(), "");
            typeRight += events.stream().anyMatch(e -> e.type().name().equals(type)) ? 1 : 0;
        }
        return new Figures("PLOVER gold records (type only: no CAMEO codes given)", sentences, sentences, typeRight, 0,
                0, 0);
    }

    private static List<Event> code(Pipeline pipeline, String id, String text, String yyyymmdd) {
        Optional<LocalDate> date = yyyymmdd.length() == 8
                ? Optional.of(LocalDate.parse(yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-"
                + yyyymmdd.substring(6)))
                : Optional.empty();
        List<Event> events = pipeline.process(new Article(id, text, Optional.empty(), Optional.empty(), date,
                Optional.of("en"))).events();
        return new ArrayList<>(events);
    }
}
