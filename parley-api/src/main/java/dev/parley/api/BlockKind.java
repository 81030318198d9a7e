package dev.parley.api;

/** What a kept piece of an article is. Only headlines and body text are coded into events. */
public enum BlockKind {
    /** The article's headline or a standfirst under it. */
    HEADLINE,
    /** A paragraph of the article body. */
    BODY,
    /** A photo caption: kept apart, never coded. */
    CAPTION,
    /** A link to another story inside the article ("&gt;&gt; Minister arrives in ..."): kept apart, never coded. */
    LINK;

    /** True for what events are coded from: headlines and body text. */
    public boolean isCoded() {
        return this == HEADLINE || this == BODY;
    }
}
