package io.transferlab.analysis.study;

import io.transferlab.analysis.Spread;
import io.transferlab.analysis.StudentT;

import java.util.Map;

/**
 * Values per seed of one comparison, summarised as the study's records carry them: mean, 95% interval over seeds.
 *
 * @param bySeed the comparison's value for each seed that has every net it needs
 */
record PairedValues(Map<Long, Double> bySeed) {

    Spread spread() {
        return Spread.of(bySeed.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    Double mean() {
        return bySeed.isEmpty() ? null : spread().mean();
    }

    Double ciLow() {
        return bySeed.size() < 2 ? null : spread().mean() - StudentT.halfWidth95(spread().std(), bySeed.size());
    }

    Double ciHigh() {
        return bySeed.size() < 2 ? null : spread().mean() + StudentT.halfWidth95(spread().std(), bySeed.size());
    }
}
