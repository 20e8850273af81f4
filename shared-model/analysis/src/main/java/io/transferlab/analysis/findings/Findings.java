package io.transferlab.analysis.findings;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.Spread;
import io.transferlab.analysis.StudentT;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paper's four findings measured on a set of scores, per metric: the primary one (the paper's, best validation)
 * first, then the last-checkpoint test accuracy as a secondary. Each finding's deciding test gives a p-value; Holm's
 * correction over the four findings of a metric keeps the chance of any false call at 5% on nets with no effect.
 */
public final class Findings {

    /** The metric whose verdicts answer the paper's question. */
    public static final Metric PRIMARY = Metric.BEST_VALIDATION;
    static final double LEVEL = 0.05;

    private static final List<SeedScores> PAPER = List.of(new SeedScores(PaperFigure2.scores(), PRIMARY));

    private Findings() {
    }

    /** Every finding on every metric, primary metric first, findings in the paper's order. */
    public static List<Finding> of(List<Score> scores) {
        List<Finding> findings = new ArrayList<>();
        for (Metric metric : List.of(PRIMARY, Metric.TEST)) {
            List<SeedScores> seeds = List.copyOf(SeedScores.bySeed(scores, metric).values());
            List<FindingDecision> tests = PaperFindings.ALL.stream().map(d -> FindingDecision.of(d, seeds)).toList();
            double[] adjusted = Holm.adjust(tests.stream().mapToDouble(FindingDecision::p).toArray());
            for (int i = 0; i < tests.size(); i++) {
                findings.add(finding(PaperFindings.ALL.get(i), tests.get(i), adjusted[i], metric, seeds));
            }
        }
        return findings;
    }

    private static Finding finding(FindingDefinition definition, FindingDecision test, double adjusted, Metric metric,
                                   List<SeedScores> seeds) {
        List<Measure> measures = new ArrayList<>();
        definition.deciding().forEach(m -> measures.add(measure(m, true, seeds)));
        definition.qualifiers().forEach(m -> measures.add(measure(m, false, seeds)));
        Verdict verdict = Double.isNaN(adjusted) || adjusted >= LEVEL ? Verdict.INCONCLUSIVE
                : test.supportSide() ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
        String reason = Double.isNaN(adjusted) ? test.untestable() : String.format(Locale.ROOT,
                "%s: Holm-adjusted p = %.4f %s %.2f over the four findings on %s (raw p = %.4f)",
                verdict == Verdict.INCONCLUSIVE ? "within the noise" : verdict == Verdict.SUPPORTED
                        ? "the paper's effect beyond the noise" : "the opposite of the paper's effect beyond the noise",
                adjusted, adjusted < LEVEL ? "<" : ">=", LEVEL, metric.key(), test.p());
        return new Finding(definition.number(), definition.key(), definition.claim(), definition.test(),
                metric.key(), metric == PRIMARY, verdict, Double.isNaN(adjusted) ? null : adjusted, reason,
                measures);
    }

    private static Measure measure(MeasureDefinition definition, boolean deciding, List<SeedScores> seeds) {
        MeasureDefinition.Resolved resolved = definition.resolve(seeds);
        double[] paperValues = definition.resolve(PAPER).values();
        Double paper = paperValues.length == 0 ? null : paperValues[0];
        double[] values = resolved.values();
        if (values.length == 0) {
            return new Measure(definition.name(), resolved.definition(), deciding, null, null, null, null, 0, paper,
                    Verdict.INCONCLUSIVE, "not measured: no seed has the nets it needs (" + resolved.definition()
                    + ")");
        }
        Spread spread = Spread.of(values);
        VerdictRule.Judgement judgement = VerdictRule.judge(spread);
        boolean interval = values.length >= 2;
        double half = StudentT.halfWidth95(spread.std(), values.length);
        return new Measure(definition.name(), resolved.definition(), deciding, spread.mean(),
                interval ? spread.std() : null, interval ? spread.mean() - half : null,
                interval ? spread.mean() + half : null, values.length, paper, judgement.verdict(),
                judgement.reason());
    }
}
