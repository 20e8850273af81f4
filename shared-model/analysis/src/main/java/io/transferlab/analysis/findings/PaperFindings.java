package io.transferlab.analysis.findings;

import io.transferlab.contracts.spec.Variant;

import java.util.List;
import java.util.OptionalDouble;

import static io.transferlab.analysis.findings.SeedView.minus;

/** The four findings of the paper's summary, each as measures over the nets of one seed, target half B. */
final class PaperFindings {

    private static final Variant BASE = Variant.BASE_B;

    static final List<FindingDefinition> ALL = List.of(
            new FindingDefinition(1, "co-adaptation", "BnB dips at middle layers (n = 3..5) and recovers at "
                    + "n = 6, 7; BnB+ removes the dip: neighbouring layers co-adapt", List.of(
                    new MeasureDefinition("BnB dip", "baseB - min(BnB at n = 3..5)",
                            seed -> minus(seed.base(BASE), middleMin(seed, Variant.BNB))),
                    new MeasureDefinition("BnB recovers", "BnB at n = 7 (else 6) - min(BnB at n = 3..5)",
                            seed -> minus(top(seed, Variant.BNB), middleMin(seed, Variant.BNB))),
                    new MeasureDefinition("BnB+ removes the dip", "min(BnB+ at n = 3..5) - min(BnB at n = 3..5)",
                            seed -> minus(middleMin(seed, Variant.BNB_PLUS), middleMin(seed, Variant.BNB))))),
            new FindingDefinition(2, "specificity", "AnB falls as n grows, worst at the top: higher layers are "
                    + "specific to their task", List.of(
                    new MeasureDefinition("AnB drop at the top", "baseB - AnB at the deepest n",
                            seed -> minus(seed.base(BASE), deepest(seed, Variant.ANB))),
                    new MeasureDefinition("AnB falls with n", "AnB at the shallowest n - AnB at the deepest n",
                            PaperFindings::anbFalls),
                    new MeasureDefinition("AnB below BnB at the top", "BnB - AnB at the deepest n of AnB",
                            seed -> {
                                int n = seed.deepestDepth(Variant.ANB, d -> true);
                                return minus(seed.at(Variant.BNB, n), seed.at(Variant.ANB, n));
                            }))),
            new FindingDefinition(3, "fine-tuning", "AnB+ beats baseB at every n: transferred features, fine-tuned, "
                    + "help even on a large target set", List.of(
                    new MeasureDefinition("AnB+ over baseB, n = 1..7", "mean(AnB+ over n) - baseB",
                            seed -> minus(seed.mean(Variant.ANB_PLUS, n -> true), seed.base(BASE))),
                    new MeasureDefinition("AnB+ over baseB, n >= 5", "mean(AnB+ over n >= 5) - baseB",
                            seed -> minus(seed.mean(Variant.ANB_PLUS, n -> n >= 5), seed.base(BASE))),
                    new MeasureDefinition("AnB+ over baseB, worst n", "min(AnB+ over n) - baseB",
                            seed -> minus(seed.min(Variant.ANB_PLUS, n -> true), seed.base(BASE))))),
            new FindingDefinition(4, "random-features", "Frozen random layers collapse from n = 3 up; frozen "
                    + "transferred layers do not", List.of(
                    new MeasureDefinition("AnB over RnB, n >= 3", "mean over n >= 3 of (AnB - RnB)",
                            seed -> seed.meanDifference(Variant.ANB, Variant.RNB, n -> n >= 3)),
                    new MeasureDefinition("RnB collapse, n >= 3", "baseB - mean(RnB over n >= 3)",
                            seed -> minus(seed.base(BASE), seed.mean(Variant.RNB, n -> n >= 3))))));

    private PaperFindings() {
    }

    /** Needs two depths: one depth cannot show a trend. */
    private static OptionalDouble anbFalls(SeedView seed) {
        int first = seed.shallowestDepth(Variant.ANB);
        int last = seed.deepestDepth(Variant.ANB, n -> true);
        return first == last ? OptionalDouble.empty() : minus(seed.at(Variant.ANB, first), seed.at(Variant.ANB, last));
    }

    private static OptionalDouble middleMin(SeedView seed, Variant variant) {
        return seed.min(variant, n -> n >= 3 && n <= 5);
    }

    private static OptionalDouble top(SeedView seed, Variant variant) {
        return seed.at(variant, seed.deepestDepth(variant, n -> n >= 6));
    }

    private static OptionalDouble deepest(SeedView seed, Variant variant) {
        return seed.at(variant, seed.deepestDepth(variant, n -> true));
    }
}
