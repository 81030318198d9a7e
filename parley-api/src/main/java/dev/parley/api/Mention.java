package dev.parley.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A place in a sentence that names an actor, an official or a group of parties.
 *
 * @param span   offsets into the article text
 * @param kind   how the actor is named
 * @param actor  the actor it stands for; empty for {@link MentionKind#PARTIES} and for officials
 *               whose state the sentence does not tell
 * @param person the official's name, if one is given
 * @param title  the official's title in English, if one is given
 */
public record Mention(Span span, MentionKind kind, Optional<Actor> actor, Optional<String> person,
                      Optional<String> title) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
    }

    /** A mention of a state or organisation by name, adjective, capital or body. */
    public static Mention of(Span span, MentionKind kind, Actor actor) {
        return new Mention(span, kind, Optional.of(actor), Optional.empty(), Optional.empty());
    }
}
