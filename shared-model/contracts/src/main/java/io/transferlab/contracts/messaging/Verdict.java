package io.transferlab.contracts.messaging;

/** What a run says about one of the paper's findings; the rule is in docs/results.md ("How a finding is called"). */
public enum Verdict {
    /** The effect has the paper's sign and is larger than the noise over seeds. */
    SUPPORTED,
    /** The effect has the opposite sign and is larger than the noise over seeds. */
    CONTRADICTED,
    /** Within the noise, fewer than two seeds, or the points it needs were not run. */
    INCONCLUSIVE
}
