package dev.parley.io;

import dev.parley.api.Article;
import dev.parley.api.SetAside;

/** One record read from an input: an article, or a record set aside with its reason. */
public sealed interface InputRecord permits InputRecord.Read, InputRecord.Rejected {

    /** An article ready for the pipeline. */
    record Read(Article article) implements InputRecord {
    }

    /** A record that could not be read. */
    record Rejected(SetAside reason) implements InputRecord {
    }
}
