package dev.parley.store.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as aligned text columns for people. Widths are set by the header and the first chunk of rows (so
 * output streams); a longer cell is cut with an ellipsis, and no column is wider than {@value #MAX_WIDTH}.
 */
final class TextTable implements RowOutput {

    private static final int MAX_WIDTH = 60;
    private final List<String> header;
    private final Writer out;
    private int[] widths;

    TextTable(List<String> header, Writer out) {
        this.header = List.copyOf(header);
        this.out = out;
    }

    @Override
    public void rows(List<List<Object>> rows) throws IOException {
        if (widths == null) {
            start(rows);
        }
        for (List<Object> row : rows) {
            line(row.stream().map(RowOutput::text).toList());
        }
    }

    private void start(List<List<Object>> rows) throws IOException {
        widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<Object> row : rows) {
                widths[i] = Math.max(widths[i], RowOutput.text(row.get(i)).length());
            }
            widths[i] = Math.min(widths[i], MAX_WIDTH);
        }
        line(header);
        List<String> rules = new java.util.ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        line(rules);
    }

    private void line(List<String> cells) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).replace('\n', ' ');
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "\u2026";
            }
            b.append(cell);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.write(b.toString().stripTrailing());
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        if (widths == null) {
            start(List.of());
        }
        out.flush();
    }
}
