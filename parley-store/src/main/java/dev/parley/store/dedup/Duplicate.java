package dev.parley.store.dedup;

/**
 * An article found to be a near-duplicate (a syndicated copy) of another.
 *
 * @param articleId   the copy
 * @param duplicateOf the canonical article of its group
 * @param similarity  the estimated Jaccard similarity of the two
 */
public record Duplicate(String articleId, String duplicateOf, double similarity) {
}
