package dev.parley.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Actor codes compared the way {@code score.py} compares them: {@code norm_actor} and
 * {@code actors}. The organisations, aliases and sector suffixes are data, read once from
 * {@code scorer-actor-codes.tsv} beside this class. Thread-safe.
 */
final class ActorCodes {
  private static final String RESOURCE = "scorer-actor-codes.tsv";
  private static final String HEADER = "kind\tcode\tcanonical";
  private static final Table TABLE = Table.load();

  private ActorCodes() {}

  /**
   * {@code norm_actor}: the code of an actor given as a string or as an object with
   * {@code "code"}, stripped and upper-cased, aliases resolved, {@code VNMGOV} read as
   * {@code VNM}. Empty when the code is missing or falsy; a blank code gives {@code ""}.
   */
  static Optional<String> normalise(JsonNode actor) {
    JsonNode code = actor != null && actor.isObject() ? actor.get("code") : actor;
    if (!PyValue.truthy(code)) {
      return Optional.empty();
    }
    String normal = PyText.upper(PyText.strip(PyValue.str(code)));
    normal = TABLE.aliases().getOrDefault(normal, normal);
    if (TABLE.organisations().contains(normal)) {
      return Optional.of(normal);
    }
    String country = PyText.slice(normal, 0, 3);
    if (PyText.length(normal) > 3 && PyText.isAlpha(country)
        && TABLE.sectors().contains(PyText.slice(normal, 3, 6))) {
      return Optional.of(country);
    }
    return Optional.of(normal);
  }

  /**
   * {@code actors(event, key)}: the normalised, non-empty codes of the event's
   * {@code "source"} or {@code "target"}, given as a list, a single string or a single object.
   */
  static Set<String> of(JsonNode event, String key) {
    JsonNode actors = event.get(key);
    if (actors != null && (actors.isTextual() || actors.isObject())) {
      return normalise(actors).filter(code -> !code.isEmpty()).stream().collect(Collectors.toSet());
    }
    return PyValue.iterate(actors).stream()
        .map(ActorCodes::normalise)
        .flatMap(Optional::stream)
        .filter(code -> !code.isEmpty())
        .collect(Collectors.toSet());
  }

  private record Table(Set<String> organisations, Map<String, String> aliases, Set<String> sectors) {
    static Table load() {
      try (InputStream in = ActorCodes.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ActorCodes.class);
        }
        return read(new BufferedReader(new InputStreamReader(in, UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }

    private static Table read(BufferedReader reader) throws IOException {
      Set<String> organisations = new HashSet<>();
      Map<String, String> aliases = new HashMap<>();
      Set<String> sectors = new HashSet<>();
      boolean headerSeen = false;
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          require(line.equals(HEADER), number, "expected the header '" + HEADER + "'");
          headerSeen = true;
          continue;
        }
        String[] cells = line.split("\t", -1);
        require(cells.length == 3 && !cells[1].isEmpty(), number, "expected kind, code and canonical");
        boolean alias = cells[0].equals("alias");
        require(alias != cells[2].isEmpty(), number, "canonical is for aliases, and only for them");
        switch (cells[0]) {
          case "org" -> organisations.add(cells[1]);
          case "alias" -> aliases.put(cells[1], cells[2]);
          case "sector" -> sectors.add(cells[1]);
          default -> require(false, number, "unknown kind '" + cells[0] + "'");
        }
      }
      require(headerSeen, number, "no header");
      return new Table(Set.copyOf(organisations), Map.copyOf(aliases), Set.copyOf(sectors));
    }

    private static void require(boolean ok, int line, String reason) {
      if (!ok) {
        throw new IllegalStateException(RESOURCE + ":" + line + ": " + reason);
      }
    }
  }
}
