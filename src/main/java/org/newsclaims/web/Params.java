package org.newsclaims.web;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked against what the endpoint accepts: an unknown or
 * repeated parameter is an error, and a blank value counts as absent (what an empty form field sends).
 */
record Params(Map<String, String> values) {

    static Params parse(String rawQuery, Set<String> allowed) throws HttpError {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw HttpError.badRequest("unknown parameter '" + name + "' (allowed: "
                            + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
                if (values.containsKey(name)) {
                    throw HttpError.badRequest("parameter '" + name + "' given twice");
                }
                if (!value.isBlank()) {
                    values.put(name, value.strip());
                }
            }
        }
        return new Params(Map.copyOf(values));
    }

    private static String decode(String s) throws HttpError {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed query string");
        }
    }

    String string(String name) {
        return values.get(name);
    }

    int integer(String name, int fallback) throws HttpError {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be an integer, not '" + v + "'");
        }
    }

    Integer integer(String name) throws HttpError {
        return values.containsKey(name) ? integer(name, 0) : null;
    }

    BigDecimal decimal(String name) throws HttpError {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a number, not '" + v + "'");
        }
    }

    boolean flag(String name) throws HttpError {
        String v = values.get(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw HttpError.badRequest(name + " must be true or false, not '" + v + "'");
    }
}
