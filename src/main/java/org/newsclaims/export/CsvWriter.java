package org.newsclaims.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180: UTF-8 (no byte-order mark), a header row, CRLF between records, a field quoted when it
 * holds a comma, quote, CR or LF (quotes doubled). Null is an empty field; an empty string is {@code ""}.
 * Lists are joined with {@code ;}. A text cell that a spreadsheet would evaluate as a formula gets a
 * leading apostrophe ({@link #FORMULA_GUARD}); numbers, dates and flags are written as they are.
 * Hand-written: quoting is these few lines, not worth a dependency.
 */
final class CsvWriter<R> implements RowWriter<R> {

    /** What the dataset card says about text cells; the rule is OWASP's against CSV formula injection. */
    static final String FORMULA_GUARD = "CSV text cells that begin with =, +, -, @, a tab or a carriage return start with an"
            + " added apostrophe ('), so that a spreadsheet shows them as text instead of running them as a formula;"
            + " numbers are written as they are. Remove that apostrophe when reading such cells as data.";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private final List<Column<R>> columns;

    CsvWriter(Path file, List<Column<R>> columns) throws IOException {
        this(Files.newOutputStream(file), columns);
    }

    CsvWriter(OutputStream stream, List<Column<R>> columns) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            field(i, columns.get(i).name());
        }
        out.write("\r\n");
    }

    @Override
    public void write(R row) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            Object v = columns.get(i).value().apply(row);
            if (v == null) {
                field(i, null);
            } else if (v instanceof BigDecimal d) {
                field(i, d.toPlainString());
            } else if (v instanceof List<?> list) {
                field(i, asText(String.join(";", list.stream().map(String::valueOf).toList())));
            } else if (v instanceof String text) {
                field(i, asText(text));
            } else {
                field(i, v.toString());
            }
        }
        out.write("\r\n");
    }

    static String asText(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void field(int index, String s) throws IOException {
        if (index > 0) {
            out.write(',');
        }
        if (s == null) {
            return;
        }
        if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            out.write('"');
            out.write(s.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(s);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
