package org.newsclaims.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.newsclaims.query.ClaimHit;

/**
 * Claims written one at a time to a stream, so an export of any size streams. Deliberately small
 * and behind this one interface: the {@code export} package's writers can take its place.
 */
interface ClaimExport extends AutoCloseable {

    void write(ClaimHit hit) throws IOException;

    /** Flushes; the stream itself belongs to the caller. */
    @Override
    void close() throws IOException;

    enum Format {
        CSV("text/csv; charset=utf-8", "csv"), JSONL("application/x-ndjson; charset=utf-8", "jsonl");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static Format of(String name) throws HttpError {
            for (Format f : values()) {
                if (f.extension.equals(name)) {
                    return f;
                }
            }
            throw HttpError.badRequest("format must be csv or jsonl, not '" + name + "'");
        }

        ClaimExport open(OutputStream out, ObjectMapper json) throws IOException {
            return this == CSV ? new Csv(out) : new Jsonl(out, json);
        }
    }

    /** One JSON object per line, every field of {@link ClaimHit}. */
    final class Jsonl implements ClaimExport {
        private final JsonGenerator generator;
        private final ObjectMapper json;

        Jsonl(OutputStream out, ObjectMapper json) throws IOException {
            this.json = json;
            this.generator = json.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }

        @Override
        public void write(ClaimHit hit) throws IOException {
            json.writeValue(generator, hit);
            generator.writeRaw('\n');
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }

    /** RFC 4180 CSV with a header row; attestations are counted (JSONL has them in full). */
    final class Csv implements ClaimExport {
        private static final List<Column> COLUMNS = List.of(
                new Column("claim_id", ClaimHit::claimId), new Column("doc_id", ClaimHit::docId),
                new Column("path", ClaimHit::path), new Column("language", ClaimHit::language),
                new Column("date", ClaimHit::date), new Column("mention", ClaimHit::mention),
                new Column("start", ClaimHit::start), new Column("end", ClaimHit::end),
                new Column("value", ClaimHit::value), new Column("low", ClaimHit::low),
                new Column("high", ClaimHit::high), new Column("currency", ClaimHit::currency),
                new Column("usd_value", ClaimHit::usdValue), new Column("qualifier", ClaimHit::qualifier),
                new Column("period", ClaimHit::period), new Column("vague", ClaimHit::vague),
                new Column("metric", ClaimHit::metric), new Column("subject", ClaimHit::subject),
                new Column("time", ClaimHit::time), new Column("year", ClaimHit::year),
                new Column("hedged", ClaimHit::hedged), new Column("source", ClaimHit::source),
                new Column("source_type", ClaimHit::sourceType), new Column("cue", ClaimHit::cue),
                new Column("scope", ClaimHit::scope), new Column("cluster", ClaimHit::cluster),
                new Column("attestations", h -> h.attestations().size()), new Column("sentence", ClaimHit::sentence));

        private record Column(String name, Function<ClaimHit, Object> value) {
        }

        private final Writer out;

        Csv(OutputStream stream) throws IOException {
            out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            row(COLUMNS.stream().map(c -> (Object) c.name()).toList());
        }

        @Override
        public void write(ClaimHit hit) throws IOException {
            row(COLUMNS.stream().map(c -> c.value().apply(hit)).toList());
        }

        private void row(List<Object> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        }

        private static String cell(Object value) {
            String s = value == null ? "" : String.valueOf(value);
            return s.matches("(?s).*[\",\r\n].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
