package dev.parley.spark;

import dev.parley.io.ArticleInputs;
import dev.parley.io.InputRecord;
import dev.parley.io.ReadLimits;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the records of one input file, given as Spark's {@code binaryFiles} gives it (its path and a stream
 * that opens on the executor), with parley-io's readers: JSON Lines, text, HTML, WARC, and gzip of any of these,
 * recognised from the content. Lazy: records are read as the task consumes them, so memory stays bounded
 * whatever the file's size. A file that cannot be opened becomes one set-aside item naming it. Stateless
 * apart from its limits; Spark ships one copy to each task.
 */
final class InputFileReader implements FlatMapFunction<Tuple2<String, PortableDataStream>, InputItem> {

    private static final long serialVersionUID = 1L;

    private final long maxRecordBytes;

    /** @param maxRecordBytes records larger than this are set aside, as {@link ReadLimits} says */
    InputFileReader(long maxRecordBytes) {
        this.maxRecordBytes = new ReadLimits(maxRecordBytes).maxRecordBytes();
    }

    @Override
    public Iterator<InputItem> call(Tuple2<String, PortableDataStream> file) {
        String name = file._1();
        InputStream in;
        try {
            in = file._2().open();
        } catch (RuntimeException e) {
            return List.<InputItem>of(new InputItem.SetAsideItem(name, "file",
                    "cannot open (" + e.getMessage() + "); check that the file exists and is readable")).iterator();
        }
        TaskContext task = TaskContext.get();
        if (task != null) {
            // a task that fails half-way through the file still releases it
            task.addTaskCompletionListener((TaskCompletionListener) context -> close(in));
        }
        Iterator<InputRecord> records = ArticleInputs.read(in, name, new ReadLimits(maxRecordBytes));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = records.hasNext();
                if (!more) {
                    close(in);
                }
                return more;
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return InputItem.of(records.next(), name);
            }
        };
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // only read from: nothing is lost when closing fails
        }
    }
}
