package dev.parley.api;

/** Separates an article's body from its boilerplate and splits it into sentences. */
public interface ArticleCleaner extends Stage<Article, CleanArticle> {
}
