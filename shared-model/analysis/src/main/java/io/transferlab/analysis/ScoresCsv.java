package io.transferlab.analysis;

import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores from a CSV file, so that runs made anywhere (another framework, the paper's own numbers) can be judged:
 * header {@code variant,n,seed} then a column per metric by its key (all of them, {@link #HEADER}, as written here; or
 * any of them, as another tool may have), one row per net, base nets at n = 0, variants by their labels
 * ({@code AnB+}), {@code NaN} where a net has no value. Blank lines and lines starting with {@code #} are skipped. A net given twice with the same
 * scores is read (and counted once); with different scores the file is refused, naming both lines: a file cannot say
 * which of the two is the net's.
 */
public final class ScoresCsv {

    private static final List<String> NET = List.of("variant", "n", "seed");
    public static final String HEADER = String.join(",", NET) + ","
            + Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(","));

    /** A file that is not such a CSV: the line (1-based) and what is wrong with it. */
    public static final class MalformedException extends IllegalArgumentException {

        public MalformedException(int line, String problem) {
            super("line " + line + ": " + problem);
        }

        MalformedException(int first, int second, String problem) {
            super("lines " + first + " and " + second + ": " + problem);
        }
    }

    private ScoresCsv() {
    }

    /** The scores as this CSV, one row per net, in the order given; {@link #read} reads them back. */
    public static String write(List<Score> scores) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Score score : scores) {
            out.append(score.variant().label()).append(',').append(score.depth()).append(',').append(score.seed())
                    .append(Arrays.stream(Metric.values()).map(m -> "," + score.value(m)).collect(Collectors.joining()))
                    .append('\n');
        }
        return out.toString();
    }

    public static List<Score> read(String text) {
        List<String> lines = text.lines().toList();
        List<Score> scores = new ArrayList<>();
        Map<String, Integer> indexOfNet = new HashMap<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<Metric> columns = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (columns == null) {
                columns = header(line, number);
                continue;
            }
            Score score = row(line, number, columns);
            Integer earlier = indexOfNet.putIfAbsent(ScoreChecks.key(score), scores.size());
            if (earlier != null && !ScoreChecks.same(scores.get(earlier), score)) {
                throw new MalformedException(lineNumbers.get(earlier), number,
                        ScoreChecks.key(score) + " is given twice with different scores ("
                        + ScoreChecks.values(scores.get(earlier)) + "; " + ScoreChecks.values(score) + ")");
            }
            scores.add(score);
            lineNumbers.add(number);
        }
        if (columns == null) {
            throw new MalformedException(Math.max(1, lines.size()), "no header '" + HEADER + "' and no rows");
        }
        return scores;
    }

    /** The metrics the header names after the net's columns: known ones, each once, at least one. */
    private static List<Metric> header(String line, int number) {
        List<String> names = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
        boolean net = names.size() > NET.size() && names.subList(0, NET.size()).equals(NET);
        List<String> keys = net ? names.subList(NET.size(), names.size()) : List.of();
        Set<String> known = Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.toSet());
        if (!net || !known.containsAll(keys) || Set.copyOf(keys).size() != keys.size()) {
            throw new MalformedException(number, "expected the header '" + HEADER + "' (or variant,n,seed and some "
                    + "of those metrics, each once), found '" + line + "'");
        }
        return keys.stream().map(Metric::fromKey).toList();
    }

    private static Score row(String line, int number, List<Metric> columns) {
        String[] fields = Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
        int expected = NET.size() + columns.size();
        if (fields.length != expected) {
            throw new MalformedException(number, "expected " + expected + " fields (" + String.join(",", NET) + ","
                    + columns.stream().map(Metric::key).collect(Collectors.joining(",")) + "), found "
                    + fields.length);
        }
        Variant variant;
        try {
            variant = Variant.fromLabel(fields[0]);
        } catch (IllegalArgumentException e) {
            throw new MalformedException(number, "unknown variant '" + fields[0] + "' (labels such as baseB, AnB+)");
        }
        int depth = (int) integer(fields[1], "n", number);
        if (variant.isBase() ? depth != 0 : depth < 1 || depth > 7) {
            throw new MalformedException(number, String.format(Locale.ROOT, "n = %d for %s: base nets are at n = 0, "
                    + "transfer nets at 1..7", depth, variant.label()));
        }
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), accuracy(fields[NET.size() + i], columns.get(i).key(), number));
        }
        return new Score(variant, depth, integer(fields[2], "seed", number), values);
    }

    private static long integer(String field, String name, int number) {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            throw new MalformedException(number, name + " '" + field + "' is not a whole number");
        }
    }

    /** An accuracy in [0, 1], or NaN (a net with no value, left out of the findings and reported). */
    private static double accuracy(String field, String name, int number) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new MalformedException(number, name + " '" + field + "' is not a number (NaN is allowed)");
        }
        if (!Double.isNaN(value) && (value < 0 || value > 1)) {
            throw new MalformedException(number, name + " " + field + " is not an accuracy in [0, 1]");
        }
        return value;
    }
}
