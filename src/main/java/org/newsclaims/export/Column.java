package org.newsclaims.export;

import java.util.function.Function;

/**
 * One column of an export: name, type, meaning, and how to read it from a row. {@code group}: the
 * object it nests in in JSONL (flat in CSV and Parquet), or null. Values by type: STRING String,
 * INT Integer, BOOLEAN Boolean, DATE LocalDate, DECIMAL BigDecimal, STRING_LIST List of String; null where absent.
 */
public record Column<R>(String name, Type type, String group, String description, Function<R, Object> value) {

    public enum Type { STRING, INT, BOOLEAN, DATE, DECIMAL, STRING_LIST }

    /** Parquet and card type of DECIMAL columns: exact to 18 places, 20 digits before the point. */
    public static final int DECIMAL_PRECISION = 38;
    public static final int DECIMAL_SCALE = 18;

    static <R> Column<R> of(String name, Type type, String description, Function<R, Object> value) {
        return new Column<>(name, type, null, description, value);
    }

    public String typeName() {
        return type == Type.DECIMAL ? "DECIMAL(" + DECIMAL_PRECISION + "," + DECIMAL_SCALE + ")" : type.name();
    }
}
