package io.transferlab.analysis.figure;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Draws into an SVG document. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double width, double... dash) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"%s/>%n", x1, y1, x2, y2, colour, width, dash(dash)));
    }

    @Override
    public void polyline(List<double[]> points, String colour, double width, double opacity, double... dash) {
        String coordinates = points.stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]))
                .collect(Collectors.joining(" "));
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\" stroke-opacity=\"%.2f\"%s/>%n", coordinates, colour, width, opacity, dash(dash)));
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, String tooltip) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" "
                + "stroke-width=\"1.5\">", cx, cy, r, fill == null ? "white" : fill, stroke));
        if (tooltip != null) {
            svg.append("<title>").append(escape(tooltip)).append("</title>");
        }
        svg.append("</circle>\n");
    }

    @Override
    public void text(double x, double y, String text, Anchor anchor, int size, boolean vertical) {
        String rotation = vertical ? String.format(Locale.ROOT, " transform=\"rotate(-90 %.1f %.1f)\"", x, y) : "";
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"%s>%s"
                + "</text>%n", x, y, anchor.name().toLowerCase(Locale.ROOT), size, rotation, escape(text)));
    }

    String finish() {
        return svg.append("</svg>\n").toString();
    }

    private static String dash(double[] dash) {
        if (dash.length == 0) {
            return "";
        }
        StringBuilder pattern = new StringBuilder();
        for (double d : dash) {
            pattern.append(pattern.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", d));
        }
        return " stroke-dasharray=\"" + pattern + "\"";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
