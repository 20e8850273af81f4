package io.transferlab.cli;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CLI error is one line with its documented exit status; no server is needed to get one. */
class CliErrorsTest {

    /** Port 1 on loopback: nothing listens there. */
    private static final String NOWHERE = "http://127.0.0.1:1";

    @Test
    void aBadOptionValueIsOneLineWithStatusTwo() {
        CliRun run = CliRun.of("results", "x", "--metric", "bogus", "--aggregator", NOWHERE);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output().strip()).isEqualTo("transferlab results: Invalid value for option '--metric': "
                + "unknown metric 'bogus' (known: test, bestValidation) (see transferlab results --help)");
    }

    @Test
    void anUnknownCommandIsOneLineWithStatusTwo() {
        CliRun run = CliRun.of("bogus");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output().strip()).doesNotContain("\n").contains("bogus").contains("--help");
    }

    @Test
    void anUnreachableAggregatorIsOneLineWithStatusOne() {
        for (String[] args : new String[][]{{"list"}, {"status", "x"}, {"results", "x"}}) {
            String[] withAggregator = Stream.concat(Arrays.stream(args), Stream.of("--aggregator", NOWHERE))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(withAggregator);

            assertThat(run.exit()).as(run.output()).isEqualTo(1);
            assertThat(run.output().strip()).doesNotContain("\n").doesNotContain("Exception:")
                    .startsWith("transferlab " + args[0] + ": aggregator at " + NOWHERE + " unreachable")
                    .endsWith("start the local system with ./transferlab up, or name it with --aggregator URL");
        }
    }

    @Test
    void helpIsNoError() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("up").contains("submit");
    }
}
