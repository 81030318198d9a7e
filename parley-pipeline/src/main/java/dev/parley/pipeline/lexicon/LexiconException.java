package dev.parley.pipeline.lexicon;

/** A lexicon file is missing or has a row that cannot be read. The message names file and line. */
public class LexiconException extends RuntimeException {
    public LexiconException(String message) {
        super(message);
    }
}
