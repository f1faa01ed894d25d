package org.newsclaims.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One JSON object a line (UTF-8); grouped columns nest in an object; decimals are exact JSON numbers. */
final class JsonlWriter<R> implements RowWriter<R> {

    private final JsonGenerator json;
    /** Top-level entries in order: a column, or a group name with its columns. */
    private final Map<String, List<Column<R>>> entries = new LinkedHashMap<>();

    JsonlWriter(Path file, List<Column<R>> columns) throws IOException {
        this(Files.newOutputStream(file), columns);
    }

    JsonlWriter(OutputStream stream, List<Column<R>> columns) throws IOException {
        this.json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        json.setRootValueSeparator(null);
        for (Column<R> c : columns) {
            String key = c.group() == null ? c.name() : c.group();
            entries.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(c);
        }
    }

    @Override
    public void write(R row) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, List<Column<R>>> e : entries.entrySet()) {
            Column<R> first = e.getValue().get(0);
            if (first.group() == null) {
                json.writeFieldName(first.name());
                value(first.value().apply(row));
            } else {
                json.writeObjectFieldStart(e.getKey());
                for (Column<R> c : e.getValue()) {
                    json.writeFieldName(c.name());
                    value(c.value().apply(row));
                }
                json.writeEndObject();
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (v instanceof Integer i) {
            json.writeNumber(i);
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (v instanceof List<?> list) {
            json.writeStartArray();
            for (Object o : list) {
                json.writeString(String.valueOf(o));
            }
            json.writeEndArray();
        } else {
            json.writeString(v.toString());
        }
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
