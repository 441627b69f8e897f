package org.hedgerow.insights;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * A table as RFC 4180 CSV: a header row, then one line per row, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break (quotes doubled), UTF-8. Text that a spreadsheet would run as a formula (starting
 * with {@code = + - @}) is prefixed with an apostrophe; numbers are written as numbers.
 */
final class Csv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final List<String> header;
    private final List<List<?>> rows = new ArrayList<>();

    Csv(String... header) {
        this.header = List.of(header);
    }

    Csv row(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " values, got " + values.length);
        }
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    String text() {
        var out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Count count) {
            value = count.shown();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
