package io.transferlab.cli.output;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** One line of progress: jobs done of total, elapsed time and an estimate of what is left. */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean redraw;
    private final long started = System.nanoTime();
    private String last = "";

    /** @param redraw redraw in place (a terminal) rather than print a line per change (a log) */
    public ProgressBar(PrintStream out, boolean redraw) {
        this.out = out;
        this.redraw = redraw;
    }

    public void update(int done, int total, int running, int failed) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        String eta = done == 0 || total == 0 ? "--:--"
                : clock(elapsed.multipliedBy(total - done).dividedBy(done));
        int filled = total == 0 ? 0 : WIDTH * done / total;
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d jobs  running %d  failed %d  elapsed %s  ETA %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, running, failed, clock(elapsed), eta);
        String state = done + "/" + total + "/" + running + "/" + failed;
        if (redraw) {
            out.print("\r" + line);
            out.flush();
        } else if (!state.equals(last)) {
            out.println(line);
        }
        last = state;
    }

    public void finish() {
        if (redraw) {
            out.println();
        }
    }

    static String clock(Duration d) {
        return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
