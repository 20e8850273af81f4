package io.transferlab.analysis.findings;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Power;
import io.transferlab.analysis.Resolution;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.ScoreChecks;
import io.transferlab.analysis.Spread;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paper's four findings measured on a set of scores, per metric: the primary one (the paper's, best validation)
 * first, then every other metric the scores give as a secondary one (see {@link Metric#givenIn}). Each finding's deciding test gives a p-value; Holm's
 * correction over the findings of a metric that could be tested keeps the chance of any false call at 5% on nets
 * with no effect. A finding within the noise says the smallest effect its test would have found.
 */
public final class Findings {

    static final double LEVEL = 0.05;

    private static final SeedScores PAPER = new SeedScores(PaperFigure2.scores(), Metric.PRIMARY);

    private Findings() {
    }

    /** Every finding on every metric, primary metric first, findings in the paper's order. */
    public static List<Finding> of(List<Score> scores) {
        List<Finding> findings = new ArrayList<>();
        for (Metric metric : Metric.givenIn(scores)) {
            Context context = Context.of(scores, metric);
            List<FindingDecision> tests = PaperFindings.ALL.stream()
                    .map(d -> FindingDecision.of(d, context.seeds(), context.resolution())).toList();
            double[] adjusted = Holm.adjust(tests.stream().mapToDouble(FindingDecision::p).toArray());
            int family = (int) tests.stream().filter(t -> !Double.isNaN(t.p())).count();
            for (int i = 0; i < tests.size(); i++) {
                findings.add(finding(PaperFindings.ALL.get(i), tests.get(i), adjusted[i], family, context));
            }
        }
        return findings;
    }

    private static Finding finding(FindingDefinition definition, FindingDecision test, double adjusted, int family,
                                   Context context) {
        List<Measure> measures = new ArrayList<>();
        definition.deciding().forEach(m -> measures.add(measure(m, true, context)));
        definition.qualifiers().forEach(m -> measures.add(measure(m, false, context)));
        Verdict verdict = Double.isNaN(adjusted) ? Verdict.NOT_TESTABLE : adjusted >= LEVEL ? Verdict.INCONCLUSIVE
                : test.supportSide() ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
        String metric = context.metric().key();
        String reason = verdict == Verdict.NOT_TESTABLE ? test.untestable() : String.format(Locale.ROOT,
                "%s: Holm-adjusted p = %.4f %s %.2f over the %d finding%s tested on %s (raw p = %.4f)%s",
                verdict == Verdict.INCONCLUSIVE ? "within the noise" : verdict == Verdict.SUPPORTED
                        ? "the paper's effect beyond the noise" : "the opposite of the paper's effect beyond the noise",
                adjusted, adjusted < LEVEL ? "<" : ">=", LEVEL, family, family == 1 ? "" : "s", metric, test.p(),
                verdict == Verdict.INCONCLUSIVE ? detectable(measures, family) : "");
        return new Finding(definition.number(), definition.key(), definition.claim(), definition.test(), metric,
                context.metric() == Metric.PRIMARY, verdict, Double.isNaN(adjusted) ? null : adjusted, reason, measures);
    }

    /** The deciding measures' minimum detectable effects, at the strictest level Holm could have used. */
    private static String detectable(List<Measure> measures, int family) {
        List<String> parts = measures.stream().filter(m -> m.deciding() && m.std() != null)
                .map(m -> String.format(Locale.ROOT, "%.4f on %s", Power.minimumDetectable(m.std(), m.seeds(),
                        LEVEL / family, Power.CONVENTIONAL), m.name())).toList();
        return parts.isEmpty() ? "" : String.format(Locale.ROOT, "; an effect of %s would have been found with 80%% "
                + "power at 5%%/%d", String.join(" and ", parts), family);
    }

    private static Measure measure(MeasureDefinition definition, boolean deciding, Context context) {
        MeasureDefinition.Resolved resolved = definition.resolve(context.seeds());
        Double paper = resolved.on(PAPER);
        return Measures.of(definition.name(), resolved.definition(), deciding, resolved.values(), paper,
                context.resolution(), context::relative, paper == null ? null : paper / (1 - PaperFigure2.BASE_B));
    }

    /**
     * One metric's view of the scores.
     *
     * @param resolution the accuracies' grid step on this metric (see {@link Resolution})
     * @param baseError  1 - baseB's mean accuracy: what a relative error reduction is relative to; NaN without baseB
     */
    private record Context(Metric metric, List<SeedScores> seeds, double resolution, double baseError) {

        static Context of(List<Score> scores, Metric metric) {
            List<Score> distinct = ScoreChecks.distinct(scores);
            double[] base = distinct.stream().filter(s -> s.variant() == Variant.BASE_B).mapToDouble(metric::of)
                    .filter(Double::isFinite).toArray();
            return new Context(metric, List.copyOf(SeedScores.bySeed(scores, metric).values()),
                    Resolution.of(distinct.stream().mapToDouble(metric::of).toArray()),
                    1 - Spread.of(base).mean());
        }

        /** The effect as a share of baseB's error rate, so effects on data sets of different difficulty compare. */
        Double relative(double effect) {
            return Double.isFinite(baseError) && baseError > 0 ? effect / baseError : null;
        }
    }
}
