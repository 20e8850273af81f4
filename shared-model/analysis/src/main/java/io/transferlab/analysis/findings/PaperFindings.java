package io.transferlab.analysis.findings;

import io.transferlab.contracts.spec.Variant;

import java.util.List;

import static io.transferlab.analysis.findings.Term.minus;
import static io.transferlab.analysis.findings.Term.minusBase;
import static io.transferlab.analysis.findings.Term.plus;
import static io.transferlab.analysis.findings.Term.plusBase;

/**
 * The four findings of the paper's summary, target half B, each decided by means over windows of depths (unbiased on
 * nets with no effect) and worded as what its deciding test tests.
 */
final class PaperFindings {

    private static final Variant BASE = Variant.BASE_B;
    private static final String ONE_TEST = "the deciding measure differs from 0 (two-sided t-test over seeds)";

    static final List<FindingDefinition> ALL = List.of(
            new FindingDefinition(1, "co-adaptation", "Frozen BnB dips at middle depths (n = 3..5) below baseB and "
                    + "recovers at the top (n = 6, 7): neighbouring layers co-adapt",
                    "both the dip and the recovery are above 0 (intersection-union: supported when each one-sided "
                            + "test is; contradicted when either is below 0, Bonferroni within)",
                    List.of(new MeasureDefinition("BnB dip", List.of(plusBase(BASE), minus(Variant.BNB, 3, 5)), false),
                            new MeasureDefinition("BnB recovers", List.of(plus(Variant.BNB, 6, 7),
                                    minus(Variant.BNB, 3, 5)), false)),
                    List.of(new MeasureDefinition("BnB+ removes the dip", List.of(plus(Variant.BNB_PLUS, 3, 5),
                            minus(Variant.BNB, 3, 5)), false))),
            new FindingDefinition(2, "specificity", "Frozen AnB falls below frozen BnB at the top (n = 6, 7): the "
                    + "features there are specific to task A", ONE_TEST,
                    List.of(new MeasureDefinition("AnB below BnB at the top", List.of(plus(Variant.BNB, 6, 7),
                            minus(Variant.ANB, 6, 7)), true)),
                    List.of(new MeasureDefinition("AnB below baseB at the top", List.of(plusBase(BASE),
                                    minus(Variant.ANB, 6, 7)), false),
                            new MeasureDefinition("AnB falls with n", List.of(plus(Variant.ANB, 1, 2),
                                    minus(Variant.ANB, 6, 7)), false))),
            new FindingDefinition(3, "fine-tuning", "Fine-tuned AnB+ beats baseB on average over n = 1..7 (the paper "
                    + "saw it at every n): transferred features, fine-tuned, help", ONE_TEST,
                    List.of(new MeasureDefinition("AnB+ over baseB", List.of(plus(Variant.ANB_PLUS, 1, 7),
                            minusBase(BASE)), false)),
                    List.of(new MeasureDefinition("AnB+ over baseB, deep", List.of(plus(Variant.ANB_PLUS, 5, 7),
                            minusBase(BASE)), false))),
            new FindingDefinition(4, "random-features", "Frozen transferred layers (AnB) beat frozen random ones "
                    + "(RnB) from n = 3 up", ONE_TEST,
                    List.of(new MeasureDefinition("AnB over RnB", List.of(plus(Variant.ANB, 3, 7),
                            minus(Variant.RNB, 3, 7)), true)),
                    List.of(new MeasureDefinition("RnB below baseB", List.of(plusBase(BASE),
                            minus(Variant.RNB, 3, 7)), false))));

    private PaperFindings() {
    }
}
