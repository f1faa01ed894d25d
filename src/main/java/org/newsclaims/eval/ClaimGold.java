package org.newsclaims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsclaims.UserError;

/** One gold claim of a {@code *.gold.jsonl} file (fields as in GUIDELINES.md). */
public record ClaimGold(String doc, String mention, int start, int end, BigDecimal value, BigDecimal low, BigDecimal high,
                        String currency, String subject, String metric, String time, boolean hedged,
                        String source, String sourceType, String cue, String sourceScope, String sentence) {

    /** Reads a gold file; a missing or malformed file is a {@link UserError} with a one-line message. */
    public static List<ClaimGold> read(Path file) throws UserError {
        if (!Files.isRegularFile(file)) {
            throw new UserError("gold file not found: " + file);
        }
        ObjectMapper json = new ObjectMapper();
        List<ClaimGold> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = json.readTree(lines.get(i));
                out.add(new ClaimGold(text(n, "doc"), text(n, "mention"), n.path("start").asInt(), n.path("end").asInt(),
                        decimal(n, "value"), decimal(n, "low"), decimal(n, "high"), text(n, "currency"),
                        text(n, "subject"), text(n, "metric"), text(n, "time"), n.path("hedged").asBoolean(),
                        text(n, "source"), text(n, "source_type"), text(n, "cue"), text(n, "source_scope"),
                        text(n, "sentence")));
            } catch (IOException e) {
                throw new UserError(file + " line " + (i + 1) + ": not a JSON object", e);
            }
            if (out.get(out.size() - 1).doc() == null) {
                throw new UserError(file + " line " + (i + 1) + ": no \"doc\"");
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : new BigDecimal(v.asText());
    }
}
