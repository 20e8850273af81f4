package io.transferlab.analysis.figure;

import java.util.List;

/** What Figure 2 is drawn with, so that the SVG and the PNG are the same drawing. Coordinates are pixels. */
interface Canvas {

    enum Anchor { START, MIDDLE, END }

    /** @param dash dash and gap lengths, or none for a solid line */
    void line(double x1, double y1, double x2, double y2, String colour, double width, double... dash);

    void polyline(List<double[]> points, String colour, double width, double opacity, double... dash);

    /** @param fill a colour, or null for a hollow marker; @param tooltip shown on hover where the format can */
    void circle(double cx, double cy, double r, String fill, String stroke, String tooltip);

    void text(double x, double y, String text, Anchor anchor, int size, boolean vertical);
}
