package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.api.Article;
import dev.parley.api.Event;
import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
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
 * <p>
 * A sentence is right when one of the events coded from it has a gold root (PETRARCH) or the gold type
 * (PLOVER). Where CONVENTIONS.md and a set code the same reading differently, the set's reading counts too,
 * as the sets' README asks: a planned meeting is CONSULT with CAMEO 036 here and the meeting's own 04 code in
 * PETRARCH, and AGREE in PLOVER; announced aid is AID with CAMEO 033 here and the aid's own 07 code in PETRARCH;
 * a signing is SUPPORT here and AGREE in PLOVER 0.5. Records without text
 * cannot be coded and are counted apart. Every coded event is counted too, and how many of them carry a gold
 * root, so that coding more events than the text states shows.
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
                   int quietSentences, int withoutText, int predicted, int predictedRight) {

        double typeAccuracy() {
            return withEvents == 0 ? 0 : (double) typeRight / withEvents;
        }

        double rootAccuracy() {
            return withEvents == 0 ? 0 : (double) rootRight / withEvents;
        }

        String format() {
            return String.format("%s: %d sentences (%d without text, not scored); with gold events %d: type accuracy"
                    + " %.3f, CAMEO root accuracy %.3f; without events %d: no event predicted on %d; events predicted"
                    + " %d, of which right %d", set, sentences, withoutText, withEvents, typeAccuracy(),
                    rootAccuracy(), quietSentences, quietRight, predicted, predictedRight);
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
        int quiet = 0;
        int quietRight = 0;
        int withoutText = 0;
        int predicted = 0;
        int predictedRight = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode r = json.readTree(line);
            if (!r.path("evaluate").asBoolean(true)) {
                continue;
            }
            sentences++;
            if (r.path("text").asText().isBlank()) {
                withoutText++;
                continue;
            }
            List<Event> events = code(pipeline, r.path("id").asText(), r.path("text").asText(), r.path("date").asText());
            predicted += events.size();
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
            long right = events.stream().filter(e -> readings(e).stream().anyMatch(roots::contains)).count();
            predictedRight += (int) right;
            rootRight += right > 0 ? 1 : 0;
        }
        // PETRARCH gold has CAMEO codes only: the type agrees when the root does
        return new Figures("PETRARCH real-actor records", sentences, withEvents, rootRight, rootRight, quietRight, quiet,
                withoutText, predicted, predictedRight);
    }

    /**
     * The CAMEO roots an event stands for: its own, a planned meeting's 04 and an announced aid's 07 (AID /
     * pledge, 033 here) as PETRARCH codes them.
     */
    static Set<String> readings(Event e) {
        String root = e.cameo().substring(0, 2);
        if (plannedMeeting(e)) {
            return Set.of(root, "04");
        }
        return pledgedAid(e) ? Set.of(root, "07") : Set.of(root);
    }

    /**
     * The PLOVER types an event stands for: its own, and AGREE for a planned meeting, pledged aid or a signing
     * (PLOVER 0.5).
     */
    static Set<String> types(Event e) {
        String type = e.type().name();
        boolean agree = plannedMeeting(e) || pledgedAid(e) || e.type() == EventType.SUPPORT && e.mode().equals("sign");
        return agree ? Set.of(type, EventType.AGREE.name()) : Set.of(type);
    }

    private static boolean pledgedAid(Event e) {
        return e.type() == EventType.AID && e.mode().equals("pledge");
    }

    private static boolean plannedMeeting(Event e) {
        return e.type() == EventType.CONSULT && e.status() == EventStatus.PLANNED;
    }

    static Figures plover(Pipeline pipeline, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int sentences = 0;
        int typeRight = 0;
        int predicted = 0;
        int predictedRight = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode r = json.readTree(line);
            String event = r.path("event").asText();
            if (event.isEmpty() || event.equals("DOCUMENT") || r.path("text").asText().isBlank()) {
                continue;
            }
            sentences++;
            String type = OLD_NAMES.getOrDefault(event, event);
            List<Event> events = code(pipeline, r.path("id").asText(), r.path("text").asText(), "");
            long right = events.stream().filter(e -> types(e).contains(type)).count();
            predicted += events.size();
            predictedRight += (int) right;
            typeRight += right > 0 ? 1 : 0;
        }
        return new Figures("PLOVER gold records (type only: no CAMEO codes given)", sentences, sentences, typeRight, 0,
                0, 0, 0, predicted, predictedRight);
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
