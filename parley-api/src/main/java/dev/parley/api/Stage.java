package dev.parley.api;

/**
 * One step of the pipeline: a pure function from one immutable value to the next.
 * Implementations are built once and must be thread-safe: the pipeline calls them from many threads.
 *
 * @param <I> what the stage reads
 * @param <O> what it produces
 */
@FunctionalInterface
public interface Stage<I, O> {
    O apply(I input);
}
