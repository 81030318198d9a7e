package dev.parley.api;

/** How an actor is named in the text. */
public enum MentionKind {
    /** A name of a state or organisation: "Vietnam", "the European Union". */
    NAME,
    /** An adjective or demonym: "Vietnamese", "russische". */
    ADJECTIVE,
    /** A capital or seat standing for its government: "Hanoi said", "the Kremlin". */
    CAPITAL,
    /** A body of an organisation: "the EU Military Committee". */
    BODY,
    /** An official: a title with or without a name. */
    OFFICIAL,
    /** "The two sides", "beide Seiten": the parties of the article's main interaction. */
    PARTIES
}
