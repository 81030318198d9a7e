package dev.parley.api;

import java.util.List;

/**
 * Finds the mentions of states, organisations, officials and "the two sides" in a cleaned article.
 * Works on the whole article because later mentions ("Vinh", "the minister") refer back to earlier ones.
 */
public interface ActorRecognizer {
    /**
     * @return for each sentence of {@code article}, in order, its mentions in text order, none overlapping
     */
    List<List<Mention>> recognize(CleanArticle article);
}
