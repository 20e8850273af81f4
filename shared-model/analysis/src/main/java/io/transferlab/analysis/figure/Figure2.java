package io.transferlab.analysis.figure;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.contracts.messaging.MetricSummary;
import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Figure 2 drawn as the paper draws it: accuracy on the target half against the layer n the nets were cut at, one
 * series per variant with error bars of the 95% confidence interval of each mean over seeds, each base net as a
 * dashed line at its level. Beside ours, thin and faint, the paper's own curves moved so that its baseB sits on ours:
 * the shapes compare, the absolute levels (ImageNet against a small data set) do not.
 */
public final class Figure2 {

    static final int WIDTH = 780;
    static final int HEIGHT = 460;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    /**
     * Selffer nets blue, transfer nets red, the random control grey; fine-tuned ones drawn hollow. A variant without
     * a colour here is drawn in {@link #OTHER}.
     */
    private static final Map<Variant, String> COLOURS = Map.ofEntries(
            Map.entry(Variant.BASE_A, "#2ca02c"), Map.entry(Variant.BASE_B, "#555555"),
            Map.entry(Variant.BNB, "#1f5fbf"), Map.entry(Variant.BNB_PLUS, "#1f5fbf"),
            Map.entry(Variant.ANB, "#c0392b"), Map.entry(Variant.ANB_PLUS, "#c0392b"),
            Map.entry(Variant.RNB, "#999999"), Map.entry(Variant.ANA, "#8e44ad"), Map.entry(Variant.ANA_PLUS, "#8e44ad"),
            Map.entry(Variant.BNA, "#d68910"), Map.entry(Variant.BNA_PLUS, "#d68910"), Map.entry(Variant.RNA, "#bbbbbb"));
    private static final String OTHER = "#17becf";

    private Figure2() {
    }

    public static String svg(String title, List<ResultCell> cells, Metric metric) {
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT);
        draw(canvas, title, cells, metric);
        return canvas.finish();
    }

    /** Drawn at twice the size, for sharp lines on a report or a screen. */
    public static byte[] png(String title, List<ResultCell> cells, Metric metric) {
        PngCanvas canvas = new PngCanvas(WIDTH, HEIGHT, 2);
        draw(canvas, title, cells, metric);
        return canvas.finish();
    }

    private static void draw(Canvas canvas, String title, List<ResultCell> cells, Metric metric) {
        List<Series> paper = paperSeries(cells, metric);
        Plot plot = Plot.fitting(cells, paper, metric);
        canvas.text(LEFT, 22, title, Canvas.Anchor.START, 14, false);
        axes(canvas, plot, metric);
        paper.forEach(series -> canvas.polyline(series.points(plot), colour(series.variant()), 1, 0.45, 2, 3));
        List<Variant> variants = cells.stream().map(ResultCell::variant).distinct().sorted().toList();
        double legendY = TOP + 10;
        for (Variant variant : variants) {
            String colour = colour(variant);
            double offset = (variants.indexOf(variant) - (variants.size() - 1) / 2.0) * 3;
            List<ResultCell> series = cells.stream().filter(c -> c.variant() == variant)
                    .sorted(Comparator.comparingInt(ResultCell::depth)).toList();
            if (variant.isBase()) {
                double y = plot.y(metric.of(series.get(0)).mean());
                canvas.line(LEFT, y, WIDTH - RIGHT, y, colour, 1, 6, 4);
            } else if (series.size() > 1) {
                canvas.polyline(series.stream().map(c -> new double[]{plot.x(c.depth()) + offset,
                        plot.y(metric.of(c).mean())}).toList(), colour, 1.5, 1);
            }
            series.forEach(cell -> point(canvas, plot.x(cell.depth()) + offset, plot, cell, metric, colour));
            canvas.circle(WIDTH - RIGHT + 20, legendY - 4, 4, variant.fineTuned() ? null : colour, colour, null);
            canvas.text(WIDTH - RIGHT + 30, legendY, variant.label(), Canvas.Anchor.START, 12, false);
            legendY += 18;
        }
        if (!paper.isEmpty()) {
            canvas.line(WIDTH - RIGHT + 12, legendY - 4, WIDTH - RIGHT + 28, legendY - 4, "#777777", 1, 2, 3);
            canvas.text(WIDTH - RIGHT + 30, legendY, "paper, moved to", Canvas.Anchor.START, 11, false);
            canvas.text(WIDTH - RIGHT + 30, legendY + 14, "our baseB", Canvas.Anchor.START, 11, false);
        }
    }

    /** The paper's series we also ran, shifted by (our baseB - its baseB); none without our baseB. */
    private static List<Series> paperSeries(List<ResultCell> cells, Metric metric) {
        Optional<ResultCell> ourBase = cells.stream().filter(c -> c.variant() == Variant.BASE_B).findFirst();
        if (ourBase.isEmpty()) {
            return List.of();
        }
        double shift = metric.of(ourBase.get()).mean() - PaperFigure2.BASE_B;
        List<Series> series = new ArrayList<>();
        for (Variant variant : PaperFigure2.variants()) {
            if (cells.stream().anyMatch(c -> c.variant() == variant)) {
                List<double[]> points = new ArrayList<>();
                points.add(new double[]{0, PaperFigure2.BASE_B + shift});
                double[] values = PaperFigure2.series(variant);
                for (int n = 1; n <= values.length; n++) {
                    points.add(new double[]{n, values[n - 1] + shift});
                }
                series.add(new Series(variant, points));
            }
        }
        return series;
    }

    private static void axes(Canvas canvas, Plot plot, Metric metric) {
        int bottom = HEIGHT - BOTTOM;
        canvas.line(LEFT, bottom, WIDTH - RIGHT, bottom, "#000000", 1);
        canvas.line(LEFT, TOP, LEFT, bottom, "#000000", 1);
        for (int n = 0; n <= 7; n++) {
            canvas.text(plot.x(n), bottom + 18, Integer.toString(n), Canvas.Anchor.MIDDLE, 12, false);
        }
        canvas.text((LEFT + WIDTH - RIGHT) / 2.0, bottom + 42, "layer n at which the network is chopped and retrained",
                Canvas.Anchor.MIDDLE, 12, false);
        for (double v = plot.yMin(); v <= plot.yMax() + 1e-9; v += plot.step()) {
            double y = plot.y(v);
            canvas.line(LEFT + 1, y, WIDTH - RIGHT, y, "#eeeeee", 1);
            canvas.text(LEFT - 8, y + 4, String.format(Locale.ROOT, "%.2f", v), Canvas.Anchor.END, 11, false);
        }
        canvas.text(20, (TOP + bottom) / 2.0, "top-1 accuracy, " + metric.description(), Canvas.Anchor.MIDDLE, 11,
                true);
    }

    private static String colour(Variant variant) {
        return COLOURS.getOrDefault(variant, OTHER);
    }

    /** At x: each variant a few pixels aside, so that equal accuracies at one n stay visible side by side. */
    private static void point(Canvas canvas, double x, Plot plot, ResultCell cell, Metric metric, String colour) {
        MetricSummary summary = metric.of(cell);
        double mean = summary.mean();
        double half = summary.halfWidth();
        if (half > 0) {
            canvas.line(x, plot.y(mean - half), x, plot.y(mean + half), colour, 1);
            canvas.line(x - 3, plot.y(mean - half), x + 3, plot.y(mean - half), colour, 1);
            canvas.line(x - 3, plot.y(mean + half), x + 3, plot.y(mean + half), colour, 1);
        }
        canvas.circle(x, plot.y(mean), 4, cell.variant().fineTuned() ? null : colour, colour,
                String.format(Locale.ROOT, "%s n=%d: %.4f, 95%% interval ± %.4f (%d seeds)", cell.variant().label(),
                        cell.depth(), mean, half, summary.count()));
    }

    /** A line of (n, accuracy) points. */
    private record Series(Variant variant, List<double[]> values) {
        List<double[]> points(Plot plot) {
            return values.stream().map(v -> new double[]{plot.x((int) v[0]), plot.y(v[1])}).toList();
        }
    }

    /** Maps depth and accuracy to pixels; the accuracy range fits every point, bar and reference curve. */
    private record Plot(double yMin, double yMax, double step) {

        static Plot fitting(List<ResultCell> cells, List<Series> paper, Metric metric) {
            double lo = cells.stream().map(metric::of).mapToDouble(m -> m.mean() - m.halfWidth()).min().orElse(0);
            double hi = cells.stream().map(metric::of).mapToDouble(m -> m.mean() + m.halfWidth()).max().orElse(1);
            for (Series series : paper) {
                for (double[] v : series.values()) {
                    lo = Math.min(lo, v[1]);
                    hi = Math.max(hi, v[1]);
                }
            }
            double step = hi - lo > 0.3 ? 0.1 : 0.05;
            double yMin = Math.max(0, Math.floor(lo / step) * step);
            double yMax = Math.min(1, Math.ceil(hi / step) * step);
            if (yMax - yMin < step) {
                yMax = Math.min(1, yMin + step);
                yMin = yMax - step;
            }
            return new Plot(yMin, yMax, step);
        }

        double x(int depth) {
            return LEFT + 30 + depth * (WIDTH - RIGHT - LEFT - 60) / 7.0;
        }

        double y(double accuracy) {
            return HEIGHT - BOTTOM - (accuracy - yMin) / (yMax - yMin) * (HEIGHT - BOTTOM - TOP);
        }
    }
}
