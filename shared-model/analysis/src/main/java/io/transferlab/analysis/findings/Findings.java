package io.transferlab.analysis.findings;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.Spread;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The paper's four findings measured on a set of scores, per metric, each with its spread and verdict. */
public final class Findings {

    private static final SeedView PAPER = new SeedView(PaperFigure2.scores(), Metric.BEST_VALIDATION);

    private Findings() {
    }

    /** Every finding on every metric, metric by metric, findings in the paper's order. */
    public static List<Finding> of(List<Score> scores) {
        Map<Long, List<Score>> bySeed = scores.stream()
                .collect(Collectors.groupingBy(Score::seed, TreeMap::new, Collectors.toList()));
        List<Finding> findings = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            List<SeedView> seeds = bySeed.values().stream().map(s -> new SeedView(s, metric)).toList();
            for (FindingDefinition definition : PaperFindings.ALL) {
                List<Measure> measures = definition.measures().stream().map(m -> measure(m, seeds)).toList();
                findings.add(new Finding(definition.number(), definition.key(), definition.claim(), metric.key(),
                        measures.get(0).verdict(), measures));
            }
        }
        return findings;
    }

    private static Measure measure(MeasureDefinition definition, List<SeedView> seeds) {
        double[] values = seeds.stream().map(definition.perSeed()).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
        OptionalDouble paper = definition.perSeed().apply(PAPER);
        Double paperValue = paper.isPresent() ? paper.getAsDouble() : null;
        if (values.length == 0) {
            return new Measure(definition.name(), definition.definition(), null, null, 0, paperValue,
                    Verdict.INCONCLUSIVE, "not measured: the nets it needs (" + definition.definition()
                    + ") were not run");
        }
        Spread spread = Spread.of(values);
        VerdictRule.Judgement judgement = VerdictRule.judge(spread);
        return new Measure(definition.name(), definition.definition(), spread.mean(),
                values.length < 2 ? null : spread.std(), values.length, paperValue, judgement.verdict(),
                judgement.reason());
    }
}
