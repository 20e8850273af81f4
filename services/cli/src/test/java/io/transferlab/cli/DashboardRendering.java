package io.transferlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.infra.PrometheusServer;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dashboard drawn from what a real Prometheus holds: every panel a small line chart of its queries over the test's
 * time range, titled with its unit. No Grafana runs here, so this is how docs/operations.md shows a dashboard with
 * real data.
 */
final class DashboardRendering {

    private static final int COLUMNS = 3;
    private static final int CELL_WIDTH = 420;
    private static final int CELL_HEIGHT = 210;
    private static final Color[] PALETTE = {new Color(0x1f5fbf), new Color(0xc0392b), new Color(0x2ca02c),
            new Color(0xd68910), new Color(0x8e44ad), new Color(0x555555)};

    private DashboardRendering() {
    }

    static void render(Path dashboardFile, PrometheusServer prometheus, Instant from, Instant to, Path png)
            throws IOException {
        JsonNode dashboard = Dashboards.read(dashboardFile);
        Map<String, String> variables = Dashboards.variables(dashboard);
        List<JsonNode> panels = Dashboards.panels(dashboard).stream().filter(p -> p.has("targets")).toList();
        int rows = (panels.size() + COLUMNS - 1) / COLUMNS;
        BufferedImage image = new BufferedImage(COLUMNS * CELL_WIDTH, rows * CELL_HEIGHT + 40,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xf4f5f5));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(dashboard.path("title").asText() + "  (rendered from a real Prometheus during a test sweep)",
                12, 26);
        Duration step = Duration.ofSeconds(Math.max(1, Duration.between(from, to).toSeconds() / 120));
        for (int i = 0; i < panels.size(); i++) {
            JsonNode panel = panels.get(i);
            List<JsonNode> series = new ArrayList<>();
            for (JsonNode target : panel.path("targets")) {
                prometheus.queryRange(Dashboards.substitute(target.path("expr").asText(), variables), from, to, step)
                        .forEach(series::add);
            }
            panel(g, 4 + (i % COLUMNS) * CELL_WIDTH, 40 + (i / COLUMNS) * CELL_HEIGHT, panel, series, from, to);
        }
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private static void panel(Graphics2D g, int x, int y, JsonNode panel, List<JsonNode> series, Instant from,
                              Instant to) {
        int w = CELL_WIDTH - 8;
        int h = CELL_HEIGHT - 8;
        g.setColor(Color.WHITE);
        g.fillRect(x, y, w, h);
        g.setColor(new Color(0xd0d0d0));
        g.drawRect(x, y, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        String unit = panel.path("fieldConfig").path("defaults").path("unit").asText();
        g.drawString(panel.path("title").asText() + (unit.isEmpty() ? "" : "  [" + unit + "]"), x + 8, y + 16);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JsonNode s : series) {
            for (JsonNode v : s.path("values")) {
                double value = v.get(1).asDouble();
                if (Double.isFinite(value)) {
                    lo = Math.min(lo, value);
                    hi = Math.max(hi, value);
                }
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        if (lo > hi) {
            g.drawString("no data", x + w / 2 - 20, y + h / 2);
            return;
        }
        if (hi == lo) {
            hi = lo + Math.max(1e-9, Math.abs(lo) * 0.1 + (lo == 0 ? 1 : 0));
        }
        int left = x + 52;
        int top = y + 26;
        int width = w - 62;
        int height = h - 46;
        g.setColor(Color.GRAY);
        g.drawString(String.format(Locale.ROOT, "%.3g", hi), x + 4, top + 8);
        g.drawString(String.format(Locale.ROOT, "%.3g", lo), x + 4, top + height);
        g.drawLine(left, top + height, left + width, top + height);
        double span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        for (int i = 0; i < series.size(); i++) {
            g.setColor(PALETTE[i % PALETTE.length]);
            g.setStroke(new BasicStroke(1.6f));
            Path2D.Double line = new Path2D.Double();
            boolean started = false;
            for (JsonNode v : series.get(i).path("values")) {
                double value = v.get(1).asDouble();
                if (!Double.isFinite(value)) {
                    continue;
                }
                double px = left + (v.get(0).asDouble() - from.getEpochSecond()) / span * width;
                double py = top + height - (value - lo) / (hi - lo) * height;
                if (started) {
                    line.lineTo(px, py);
                } else {
                    line.moveTo(px, py);
                    started = true;
                }
            }
            g.draw(line);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString(series.size() + " series over " + (long) span + " s",
                left, y + h - 6);
    }
}
