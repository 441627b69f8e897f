package org.hedgerow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The figures the benchmarks measure, one row each, appended to {@code target/benchmark/figures.tsv}; {@code ./bench}
 * turns them into one table (figure, budget from DESIGN.md, measured, raw-Cypher floor, API/raw ratio, pass or miss)
 * in {@code results.md} and {@code results.json}. Columns, tab-separated: figure, measure (e.g. {@code p95}), the
 * budget's comparison ({@code <=}, {@code >=} or empty when DESIGN.md sets none), the budget, unit, measured, and the
 * same work as raw Cypher through the driver (empty when there is no such thing, e.g. for a live push).
 */
public final class BenchmarkFigures {

    public static final Path FILE = Path.of("target", "benchmark", "figures.tsv");

    private BenchmarkFigures() {
    }

    /** A figure DESIGN.md caps, e.g. search p95 ≤ 20 ms. */
    public static void atMost(String figure, String measure, double budget, String unit, double measured, Double raw) {
        write(figure, measure, "<=", budget, unit, measured, raw);
    }

    /** A figure DESIGN.md sets a floor for, e.g. referrals made ≥ 500/s. */
    public static void atLeast(String figure, String measure, double budget, String unit, double measured, Double raw) {
        write(figure, measure, ">=", budget, unit, measured, raw);
    }

    /** A figure measured to know where the limits are; DESIGN.md sets no budget for it. */
    public static void extra(String figure, String measure, String unit, double measured, Double raw) {
        write(figure, measure, "", Double.NaN, unit, measured, raw);
    }

    private static void write(String figure, String measure, String comparison, double budget, String unit,
                              double measured, Double raw) {
        String row = String.join("\t", clean(figure), clean(measure), comparison, number(budget), clean(unit),
                number(measured), raw == null ? "" : number(raw)) + "\n";
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        System.out.printf("figure: %s %s %s%s %s (raw %s)%n", figure, measure, number(measured), unit,
                comparison.isEmpty() ? "" : "budget " + comparison + " " + number(budget), raw == null ? "-" : number(raw));
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
