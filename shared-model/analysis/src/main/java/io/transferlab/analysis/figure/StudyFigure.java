package io.transferlab.analysis.figure;

import io.transferlab.analysis.study.TransferGains;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.messaging.TransferGain;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A study's gains drawn: one panel per way of transferring (AnB+ fine-tuned, AnB frozen), the gain over training from
 * scratch against the study's axis (target images on a log scale, splits side by side from the nearest), one line per
 * n with its 95% interval bars, and the zero line: above it transfer pays.
 */
public final class StudyFigure {

    static final int WIDTH = 900;
    static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int GAP = 60;
    private static final int RIGHT = 80;
    private static final int TOP = 60;
    private static final int BOTTOM = 60;
    private static final int PANEL = (WIDTH - LEFT - GAP - RIGHT) / 2;
    /** One colour per n, from the bottom of the net (n = 1) up. */
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f"};

    private StudyFigure() {
    }

    public static String svg(StudyResult result) {
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT);
        draw(canvas, result);
        return canvas.finish();
    }

    /** Drawn at twice the size, like Figure 2's PNG. */
    public static byte[] png(StudyResult result) {
        PngCanvas canvas = new PngCanvas(WIDTH, HEIGHT, 2);
        draw(canvas, result);
        return canvas.finish();
    }

    private static void draw(Canvas canvas, StudyResult result) {
        List<StudyLevelResult> levels = result.levels().stream()
                .sorted(Comparator.comparingDouble(StudyLevelResult::value)).toList();
        Scale y = Scale.fitting(result.gains());
        canvas.text(LEFT, 22, result.studyId() + ": gain of transfer over training from scratch (" + result.metric()
                + ", 95% intervals over seeds)", Canvas.Anchor.START, 14, false);
        TreeSet<Integer> depths = new TreeSet<>();
        result.gains().forEach(gain -> depths.add(gain.depth()));
        for (int panel = 0; panel < TransferGains.TRANSFER.size(); panel++) {
            Variant variant = TransferGains.TRANSFER.get(panel);
            double left = LEFT + panel * (PANEL + GAP);
            axes(canvas, left, y, levels, result.axis(), variant);
            for (int n : depths) {
                series(canvas, new Panel(left, levels, result.axis(), y), result.gains(), variant, n);
            }
        }
        double legendY = TOP + 10;
        for (int n : depths) {
            canvas.circle(WIDTH - RIGHT + 20, legendY - 4, 4, colour(n), colour(n), null);
            canvas.text(WIDTH - RIGHT + 30, legendY, "n = " + n, Canvas.Anchor.START, 12, false);
            legendY += 18;
        }
    }

    private static void axes(Canvas canvas, double left, Scale y, List<StudyLevelResult> levels, StudyAxis axis,
                             Variant variant) {
        int bottom = HEIGHT - BOTTOM;
        canvas.text(left + PANEL / 2.0, TOP - 12, variant.label() + (variant.fineTuned() ? " (fine-tuned)"
                : " (frozen)") + " - baseB", Canvas.Anchor.MIDDLE, 13, false);
        canvas.line(left, bottom, left + PANEL, bottom, "#000000", 1);
        canvas.line(left, TOP, left, bottom, "#000000", 1);
        for (int i = 0; y.min() + i * y.step() <= y.max() + 1e-9; i++) {
            // Snapped to zero: a sum of steps lands a hair below it and would print as -0.00.
            double v = Math.abs(y.min() + i * y.step()) < 1e-9 ? 0 : y.min() + i * y.step();
            canvas.line(left + 1, y.y(v), left + PANEL, y.y(v), "#eeeeee", 1);
            canvas.text(left - 6, y.y(v) + 4, String.format(Locale.ROOT, "%+.2f", v), Canvas.Anchor.END, 11, false);
        }
        canvas.line(left, y.y(0), left + PANEL, y.y(0), "#000000", 1, 6, 4);
        Panel panel = new Panel(left, levels, axis, y);
        for (StudyLevelResult level : levels) {
            canvas.text(panel.x(level, 0), bottom + 18, level.label(), Canvas.Anchor.MIDDLE, 11, false);
        }
        canvas.text(left + PANEL / 2.0, bottom + 42, axis == StudyAxis.TARGET_SIZE
                ? "training images of B (log scale)" : "A/B split, nearest tasks first", Canvas.Anchor.MIDDLE, 12,
                false);
    }

    private static void series(Canvas canvas, Panel panel, List<TransferGain> gains, Variant variant, int n) {
        String colour = colour(n);
        List<double[]> line = new ArrayList<>();
        for (StudyLevelResult level : panel.levels()) {
            for (TransferGain gain : gains) {
                if (gain.level().equals(level.label()) && gain.variant() == variant && gain.depth() == n
                        && gain.mean() != null) {
                    double x = panel.x(level, n);
                    if (gain.ciLow() != null) {
                        canvas.line(x, panel.y().y(gain.ciLow()), x, panel.y().y(gain.ciHigh()), colour, 1);
                    }
                    canvas.circle(x, panel.y().y(gain.mean()), 3.5, colour, colour, tooltip(gain));
                    line.add(new double[]{x, panel.y().y(gain.mean())});
                }
            }
        }
        if (line.size() > 1) {
            canvas.polyline(line, colour, 1.5, 1);
        }
    }

    private static String tooltip(TransferGain gain) {
        String interval = gain.ciLow() == null ? String.format(Locale.ROOT, "(%d seed)", gain.seeds())
                : String.format(Locale.ROOT, "95%% interval [%+.4f, %+.4f] (%d seeds)", gain.ciLow(), gain.ciHigh(),
                gain.seeds());
        return String.format(Locale.ROOT, "%s n=%d at %s: %+.4f, %s", gain.variant().label(), gain.depth(),
                gain.level(), gain.mean(), interval);
    }

    private static String colour(int n) {
        return COLOURS[Math.floorMod(n - 1, COLOURS.length)];
    }

    /** One panel's x: target sizes on a log scale, splits evenly from the nearest; each n a pixel or two aside. */
    private record Panel(double left, List<StudyLevelResult> levels, StudyAxis axis, Scale y) {

        double x(StudyLevelResult level, int n) {
            double first = position(levels.get(0));
            double span = position(levels.get(levels.size() - 1)) - first;
            double share = span > 0 ? (position(level) - first) / span : 0.5;
            return left + 30 + share * (PANEL - 60) + (n == 0 ? 0 : (n - 4) * 2);
        }

        private double position(StudyLevelResult level) {
            return axis == StudyAxis.TARGET_SIZE ? Math.log(Math.max(1, level.value())) : levels.indexOf(level);
        }
    }

    /** Maps a gain to pixels; the range holds zero, every mean and every interval. */
    private record Scale(double min, double max, double step) {

        static Scale fitting(List<TransferGain> gains) {
            double lo = 0;
            double hi = 0;
            for (TransferGain gain : gains) {
                for (Double v : new Double[]{gain.mean(), gain.ciLow(), gain.ciHigh()}) {
                    if (v != null && Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            double step = 0.01;
            for (double candidate : new double[]{0.01, 0.02, 0.05, 0.1, 0.2, 0.5}) {
                step = candidate;
                if ((hi - lo) / candidate <= 8) {
                    break;
                }
            }
            double min = Math.floor(lo / step) * step;
            double max = Math.max(Math.ceil(hi / step) * step, min + step);
            return new Scale(min, max, step);
        }

        double y(double gain) {
            return HEIGHT - BOTTOM - (gain - min) / (max - min) * (HEIGHT - BOTTOM - TOP);
        }
    }
}
