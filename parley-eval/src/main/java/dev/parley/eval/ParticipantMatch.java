package dev.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The participants figure, which {@code score.py} does not have: of a matched pair's gold
 * participants that name an actor, how many the prediction names too, with the same
 * (normalised) actor code and a matching name. Names match, ignoring case, when either contains
 * the other's last word; the gold {@code "name_en"} may match in place of {@code "name"}.
 * Stateless.
 */
final class ParticipantMatch {
  private ParticipantMatch() {}

  static Accuracy found(JsonNode pred, JsonNode gold) {
    List<JsonNode> named = participants(pred);
    Accuracy found = Accuracy.NONE;
    for (JsonNode expected : participants(gold)) {
      Optional<String> actor = ActorCodes.normalise(expected.get("actor")).filter(code -> !code.isEmpty());
      if (actor.isPresent()) {
        boolean hit = named.stream().anyMatch(p -> actor.equals(ActorCodes.normalise(p.get("actor")))
            && (namesMatch(p.get("name"), expected.get("name"))
                || namesMatch(p.get("name"), expected.get("name_en"))));
        found = found.plus(Accuracy.of(hit));
      }
    }
    return found;
  }

  static boolean namesMatch(JsonNode a, JsonNode b) {
    Optional<String> first = name(a);
    Optional<String> second = name(b);
    return first.isPresent() && second.isPresent()
        && (first.get().contains(lastWord(second.get())) || second.get().contains(lastWord(first.get())));
  }

  private static List<JsonNode> participants(JsonNode event) {
    JsonNode participants = event.get("participants");
    if (participants == null || !participants.isArray()) {
      return List.of();
    }
    return StreamSupport.stream(participants.spliterator(), false).filter(JsonNode::isObject).toList();
  }

  private static Optional<String> name(JsonNode name) {
    return Optional.ofNullable(name)
        .filter(JsonNode::isTextual)
        .map(n -> PyText.lower(n.textValue().strip()))
        .filter(n -> !n.isEmpty());
  }

  private static String lastWord(String name) {
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }
}
