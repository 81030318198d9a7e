package dev.parley.store.dedup;

/**
 * An article's MinHash signature, in the order near-duplicate groups choose their canonical article:
 * the first of a group (earliest reference date, then smallest id) stands for it.
 *
 * @param articleId the article
 * @param signature its {@link MinHash} signature
 */
public record Fingerprint(String articleId, int[] signature) {
}
