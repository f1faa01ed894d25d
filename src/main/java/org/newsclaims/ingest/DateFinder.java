package org.newsclaims.ingest;

import com.ibm.icu.text.Normalizer2;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.Models;

/**
 * Finds an article's publication date in its text when the file's metadata has none: first in
 * the lines before the body starts (bylines, meta lines), then in the chrome lines (page
 * footers), then the file's creation date, then the first date in the body.
 */
final class DateFinder {

    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d\\d)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern VI_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(?:/|tháng)\\s*(\\d{1,2})\\s*(?:/|năm)\\s*((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern MONTH_DAY_LINE = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})$");
    private static final Pattern FORECAST = Pattern.compile("(到|至|预计|预测|đến năm|tới năm|vào năm|trước năm)\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    private record Elapsed(ChronoUnit unit, Pattern pattern) {
    }

    /** Patterns of elapsed time a text states after a date ({@code ingest/elapsed.tsv}). */
    private final List<Elapsed> elapsed;

    private DateFinder(List<Elapsed> elapsed) {
        this.elapsed = List.copyOf(elapsed);
    }

    /** Reads {@code ingest/elapsed.tsv}. */
    static DateFinder load(Models models) {
        String table = "ingest/elapsed.tsv";
        List<Elapsed> out = new ArrayList<>();
        for (String line : models.lines(table)) {
            String[] cols = line.split("\t");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (cols.length != 2) {
                throw new IllegalStateException(models.path(table) + ": expected 'unit<TAB>regex' in: " + line);
            }
            out.add(new Elapsed(ChronoUnit.valueOf(cols[0].toUpperCase(java.util.Locale.ROOT) + "S"), Pattern.compile(cols[1])));
        }
        return new DateFinder(out);
    }

    /** A date found in a text, and whether its year was inferred rather than written. */
    record Found(LocalDate date, boolean yearInferred) {
    }

    /** {@code created}: the file's creation date from its metadata, trusted less than a date printed on the page. */
    Found find(String text, List<Span> body, int bodyStart, LocalDate created) {
        String head = nfc(text.substring(0, bodyStart));
        String all = nfc(text);
        LocalDate date = firstDate(head);
        if (date == null) {
            LocalDate monthDay = monthDayLine(head, all);
            if (monthDay != null) {
                return new Found(monthDay, true);
            }
        }
        if (date == null) {
            date = firstDate(nfc(chromeText(text, body)));
        }
        if (date == null) {
            date = created;
        }
        if (date == null) {
            date = firstDate(all);
        }
        return new Found(date, false);
    }

    /** Composed text: legacy Vietnamese encodings decode to combining marks, which the patterns don't expect. */
    private static String nfc(String s) {
        return Normalizer2.getNFCInstance().normalize(s);
    }

    private static String chromeText(String text, List<Span> body) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Span s : body) {
            sb.append(text, pos, s.start()).append('\n');
            pos = s.end();
        }
        return sb.append(text, pos, text.length()).toString();
    }

    static LocalDate firstDate(String text) {
        Matcher m = FULL_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        Matcher v = VI_DATE.matcher(text);
        while (v.find()) {
            LocalDate d = date(v.group(3), v.group(2), v.group(1));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private LocalDate monthDayLine(String head, String text) {
        for (String line : head.split("\\R")) {
            Matcher m = MONTH_DAY_LINE.matcher(line.strip());
            if (m.matches()) {
                return withInferredYear(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        return null;
    }

    /**
     * A month-day gets the first year that puts it no earlier than what the text says has
     * already happened: the latest full date it gives, moved on by any elapsed time it states
     * after a date ("2022年11月30日 … 如今600多天过去"). With no full date, the latest year the
     * text names outside a forecast ("到2026年", "đến năm 2026").
     */
    private LocalDate withInferredYear(String text, int month, int day) {
        LocalDate floor = latestFullDate(text);
        for (Elapsed e : elapsed) {
            for (Matcher m = e.pattern().matcher(text); m.find(); ) {
                LocalDate from = latestFullDate(text.substring(0, m.start()));
                if (from != null) {
                    LocalDate after = from.plus(Long.parseLong(m.group(1)), e.unit());
                    floor = floor == null || after.isAfter(floor) ? after : floor;
                }
            }
        }
        if (floor == null) {
            int latest = latestYearOutsideForecasts(text);
            floor = latest < 0 ? null : LocalDate.of(latest, 1, 1);
        }
        if (floor == null) {
            return null;
        }
        for (int year = floor.getYear(); year <= floor.getYear() + 1; year++) {
            LocalDate candidate = date(String.valueOf(year), String.valueOf(month), String.valueOf(day));
            if (candidate != null && !candidate.isBefore(floor)) {
                return candidate;
            }
        }
        return null;
    }

    private static int latestYearOutsideForecasts(String text) {
        int latest = -1;
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            String before = text.substring(Math.max(0, y.start() - 8), y.start());
            if (year > latest && year <= Year.now().getValue() && !FORECAST.matcher(before).find()) {
                latest = year;
            }
        }
        return latest;
    }

    private static LocalDate latestFullDate(String text) {
        LocalDate latest = null;
        for (Matcher m = FULL_DATE.matcher(text); m.find(); ) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            latest = d != null && (latest == null || d.isAfter(latest)) ? d : latest;
        }
        for (Matcher m = VI_DATE.matcher(text); m.find(); ) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            latest = d != null && (latest == null || d.isAfter(latest)) ? d : latest;
        }
        return latest;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
