package dev.parley.spark;

import dev.parley.pipeline.Pipeline;

/**
 * The pipeline of this JVM: built on first use, so once per Spark executor (and once for a local run), and
 * shared by every task the executor runs at the same time. {@link Pipeline} is thread-safe; building it loads
 * the lexicons, which is why it is never shipped from the driver nor rebuilt per task.
 */
final class ExecutorPipeline {

    private ExecutorPipeline() {
    }

    /** The pipeline, built on the first call in this JVM. */
    static Pipeline get() {
        return Holder.PIPELINE;
    }

    /** Initialised by the JVM when first touched, exactly once, whichever thread gets there first. */
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }
}
