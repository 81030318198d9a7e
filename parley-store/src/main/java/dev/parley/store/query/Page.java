package dev.parley.store.query;

import java.util.List;

/**
 * One page of a query's results.
 *
 * @param total  how many results the query has in all
 * @param offset how many results come before this page
 * @param items  this page's results, in the query's order
 */
public record Page<T>(long total, long offset, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Which results to return.
     *
     * @param limit  at most this many (1 or more)
     * @param offset after skipping this many (0 or more)
     */
    public record Window(int limit, long offset) {
        public Window {
            if (limit < 1 || offset < 0) {
                throw new IllegalArgumentException("a page needs a limit of 1 or more and an offset of 0 or more; got "
                        + limit + " and " + offset);
            }
        }
    }
}
