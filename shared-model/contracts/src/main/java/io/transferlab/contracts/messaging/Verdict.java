package io.transferlab.contracts.messaging;

/** What a run says about one of the paper's findings; the rule is in docs/results.md ("How a finding is called"). */
public enum Verdict {
    /** The effect has the paper's sign and is larger than the noise over seeds. */
    SUPPORTED,
    /** The effect has the opposite sign and is larger than the noise over seeds. */
    CONTRADICTED,
    /** Within the noise: the test ran and found no effect beyond it (the result says how small an effect it rules out). */
    INCONCLUSIVE,
    /**
     * The test cannot be run on these scores: one seed, no spread over seeds (identical or rounded values), or the nets
     * it needs were not run. Never read as certainty.
     */
    NOT_TESTABLE
}
