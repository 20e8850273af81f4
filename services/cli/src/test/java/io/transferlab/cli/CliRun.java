package io.transferlab.cli;


import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the CLI in this JVM with what it printed, as a user would see it: its output still reaches the test
 * log as well.
 *
 * @param exit   the exit status
 * @param output standard output and standard error, interleaved
 */
public record CliRun(int exit, String output) {

    public static synchronized CliRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new Tee(captured, out), true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int exit = TransferLabCli.commandLine().execute(args);
            return new CliRun(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static final class Tee extends OutputStream {
        private final ByteArrayOutputStream first;
        private final PrintStream second;

        Tee(ByteArrayOutputStream first, PrintStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() {
            second.flush();
        }
    }
}
