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
 * Lists are joined with {@code ;}. Hand-written: quoting is these few lines, not worth a dependency.
 */
final class CsvWriter<R> implements RowWriter<R> {

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
                field(i, String.join(";", list.stream().map(String::valueOf).toList()));
            } else {
                field(i, v.toString());
            }
        }
        out.write("\r\n");
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
