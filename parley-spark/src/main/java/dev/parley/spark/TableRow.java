package dev.parley.spark;

import org.apache.spark.sql.Row;

import java.io.Serializable;

/**
 * One row of one output table, as an extraction task makes it: the tables of all articles travel together
 * through one pass over the input and are told apart by {@code table} when written.
 *
 * @param table the table the row belongs to
 * @param row   the row, with {@link OutputTable#schema()}'s columns in order
 */
record TableRow(OutputTable table, Row row) implements Serializable {
}
