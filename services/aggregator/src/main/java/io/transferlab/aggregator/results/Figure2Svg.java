package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figure 2 drawn as the paper draws it: top-1 accuracy on the target half against the layer n the nets were cut at,
 * one series per variant with error bars over seeds, each base net as a dashed line at its level.
 */
public final class Figure2Svg {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    /** Selffer nets blue, transfer nets red, the random control grey; fine-tuned ones drawn hollow. */
    private static final Map<Variant, String> COLOURS = Map.ofEntries(
            Map.entry(Variant.BASE_A, "#2ca02c"), Map.entry(Variant.BASE_B, "#555555"),
            Map.entry(Variant.BNB, "#1f5fbf"), Map.entry(Variant.BNB_PLUS, "#1f5fbf"),
            Map.entry(Variant.ANB, "#c0392b"), Map.entry(Variant.ANB_PLUS, "#c0392b"),
            Map.entry(Variant.RNB, "#999999"), Map.entry(Variant.ANA, "#8e44ad"), Map.entry(Variant.ANA_PLUS, "#8e44ad"),
            Map.entry(Variant.BNA, "#d68910"), Map.entry(Variant.BNA_PLUS, "#d68910"), Map.entry(Variant.RNA, "#bbbbbb"));

    private Figure2Svg() {
    }

    public static String render(String title, List<ResultCell> cells) {
        double lo = cells.stream().mapToDouble(c -> c.testMean() - c.testStd()).min().orElse(0);
        double hi = cells.stream().mapToDouble(c -> c.testMean() + c.testStd()).max().orElse(1);
        double yMin = Math.max(0, Math.floor(lo * 20) / 20 - 0.05);
        double yMax = Math.min(1, Math.ceil(hi * 20) / 20 + 0.05);
        Plot plot = new Plot(yMin, yMax);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(LEFT, 22, escape(title), "start", 14));
        axes(svg, plot);
        List<Variant> variants = cells.stream().map(ResultCell::variant).distinct().sorted().toList();
        int legendY = TOP + 10;
        for (Variant variant : variants) {
            String colour = COLOURS.get(variant);
            List<ResultCell> series = cells.stream().filter(c -> c.variant() == variant)
                    .sorted(Comparator.comparingInt(ResultCell::depth)).toList();
            if (variant.isBase()) {
                double y = plot.y(series.get(0).testMean());
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" "
                        + "stroke-dasharray=\"6 4\"/>%n", LEFT, y, WIDTH - RIGHT, y, colour));
            } else {
                polyline(svg, plot, series, colour);
            }
            for (ResultCell cell : series) {
                point(svg, plot, cell, colour, variant.fineTuned());
            }
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\" stroke=\"%s\" "
                            + "stroke-width=\"1.5\"/>%n", WIDTH - RIGHT + 20, legendY - 4,
                    variant.fineTuned() ? "white" : colour, colour));
            svg.append(text(WIDTH - RIGHT + 30, legendY, variant.label(), "start", 12));
            legendY += 18;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void axes(StringBuilder svg, Plot plot) {
        int bottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, bottom, WIDTH - RIGHT, bottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, TOP, LEFT, bottom));
        for (int n = 0; n <= 7; n++) {
            svg.append(text((int) plot.x(n), bottom + 18, Integer.toString(n), "middle", 12));
        }
        svg.append(text((LEFT + WIDTH - RIGHT) / 2, bottom + 42, "layer n at which the network is chopped and retrained",
                "middle", 12));
        for (double v = plot.yMin; v <= plot.yMax + 1e-9; v += 0.05) {
            double y = plot.y(v);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eeeeee\"/>%n",
                    LEFT + 1, y, WIDTH - RIGHT, y));
            svg.append(text(LEFT - 8, (int) y + 4, String.format(Locale.ROOT, "%.2f", v), "end", 11));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"18\" y=\"%d\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 18 %d)\">top-1 accuracy (target half, test)</text>%n",
                (TOP + bottom) / 2, (TOP + bottom) / 2));
    }

    private static void polyline(StringBuilder svg, Plot plot, List<ResultCell> series, String colour) {
        StringBuilder points = new StringBuilder();
        series.forEach(c -> points.append(String.format(Locale.ROOT, "%.1f,%.1f ", plot.x(c.depth()),
                plot.y(c.testMean()))));
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"1.5\"/>%n", points.toString().trim(), colour));
    }

    private static void point(StringBuilder svg, Plot plot, ResultCell cell, String colour, boolean hollow) {
        double x = plot.x(cell.depth());
        if (cell.testStd() > 0) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    x, plot.y(cell.testMean() - cell.testStd()), x, plot.y(cell.testMean() + cell.testStd()), colour));
        }
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\" stroke=\"%s\" "
                        + "stroke-width=\"1.5\"><title>%s n=%d: %.4f ± %.4f (%d seeds)</title></circle>%n", x,
                plot.y(cell.testMean()), hollow ? "white" : colour, colour, escape(cell.variant().label()),
                cell.depth(), cell.testMean(), cell.testStd(), cell.count()));
    }

    private static String text(int x, int y, String content, String anchor, int size) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, content);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Maps depth and accuracy to pixels. */
    private record Plot(double yMin, double yMax) {

        double x(int depth) {
            return LEFT + 30 + depth * (WIDTH - RIGHT - LEFT - 60) / 7.0;
        }

        double y(double accuracy) {
            return HEIGHT - BOTTOM - (accuracy - yMin) / (yMax - yMin) * (HEIGHT - BOTTOM - TOP);
        }
    }
}
