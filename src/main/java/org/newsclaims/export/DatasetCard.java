package org.newsclaims.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a dataset was made, written beside it as Markdown and JSON. {@code evaluation}: the scores of
 * this build's extraction against {@code gold} per language and overall, or null when not run.
 * {@code notes}: what a reader of this format must know about its cells.
 */
public record DatasetCard(String tool, String commandLine, String created, String dataset, String format, String file,
                          List<String> notes, Map<String, Object> filters, long rows, Map<String, Map<String, Long>> counts,
                          List<Field> fields, String gold, Map<String, Map<String, Object>> evaluation,
                          Map<String, Long> sources) {

    public record Field(String name, String type, String description) {
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final int SHOWN = 20;

    public void writeJson(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    static DatasetCard readJson(Path file) throws IOException {
        return JSON.readValue(file.toFile(), DatasetCard.class);
    }

    public void writeMarkdown(Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Dataset card: ").append(Path.of(this.file).getFileName()).append("\n\n");
        md.append("- dataset: ").append(dataset).append(", ").append(rows).append(" rows, ").append(format).append('\n');
        md.append("- made by: ").append(tool).append(", ").append(created).append('\n');
        md.append("- command: `").append(commandLine).append("`\n");
        md.append("- filters: ").append(filters.isEmpty() ? "none" : filters.toString()).append('\n');
        notes.forEach(note -> md.append("- ").append(note).append('\n'));
        md.append('\n');
        md.append("## Counts\n\n");
        counts.forEach((name, byValue) -> {
            md.append("By ").append(name).append(": ");
            byValue.entrySet().stream().limit(SHOWN).forEach(e -> md.append(cell(e.getKey())).append(' ').append(e.getValue()).append(", "));
            md.setLength(md.length() - (byValue.isEmpty() ? 0 : 2));
            md.append(byValue.size() > SHOWN ? " and " + (byValue.size() - SHOWN) + " more (all in the JSON card)" : "").append("\n\n");
        });
        md.append("## Fields\n\n| field | type | meaning |\n|---|---|---|\n");
        fields.forEach(f -> md.append("| ").append(f.name()).append(" | ").append(f.type()).append(" | ")
                .append(cell(f.description())).append(" |\n"));
        md.append("\n## Evaluation\n\n");
        if (evaluation == null) {
            md.append("Not run (export --no-eval, or a dataset of spark).\n");
        } else {
            md.append("Claim extraction of this build scored against `").append(gold)
                    .append("` (rules: GUIDELINES.md, as `newsclaims eval`).\n\n");
            List<String> keys = List.copyOf(evaluation.get("overall").keySet());
            md.append("| language | ").append(String.join(" | ", keys)).append(" |\n|---|")
                    .append("---|".repeat(keys.size())).append('\n');
            evaluation.forEach((lang, figures) -> {
                md.append("| ").append(lang);
                keys.forEach(k -> md.append(" | ").append(figures.get(k)));
                md.append(" |\n");
            });
        }
        md.append("\n## Sources\n\n| directory | files |\n|---|---|\n");
        sources.forEach((dir, n) -> md.append("| ").append(cell(dir)).append(" | ").append(n).append(" |\n"));
        Files.writeString(file, md, StandardCharsets.UTF_8);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
