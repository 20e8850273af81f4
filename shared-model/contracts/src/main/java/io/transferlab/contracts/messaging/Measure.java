package io.transferlab.contracts.messaging;

/**
 * One number behind a finding, computed per seed from that seed's nets and then summarised over seeds. Every measure
 * is oriented so that the paper's effect is positive.
 *
 * @param name       short name, e.g. "BnB dip"
 * @param definition how it is computed, on the depths it used, e.g. "baseB - mean(BnB at n = 3, 4, 5)"
 * @param deciding   whether the finding's verdict rests on it (the others qualify it)
 * @param mean       mean over seeds; null when the nets it needs were not run
 * @param std        sample standard deviation over seeds (null when not testable: fewer than two seeds, no spread)
 * @param ciLow      lower end of the 95% confidence interval of the mean (Student's t over seeds; null when not
 *                   testable)
 * @param ciHigh     upper end of that interval
 * @param seeds      seeds it could be computed for
 * @param paper      the paper's value (ImageNet, random split) on the same depths, null where the paper gives none
 * @param verdict    this measure's own uncorrected verdict (two-sided t-test at 95%); the finding's is corrected
 * @param reason     why that verdict, in words and numbers
 * @param mde        when that verdict is inconclusive: the smallest effect its test finds with 80% power at the
 *                   measured spread (the size of effect the run rules out); null otherwise
 * @param relative   the mean as a share of baseB's error rate (1 - its accuracy): effects on easy and hard data sets
 *                   compare this way, where points of accuracy do not; null without baseB
 * @param paperRelative the paper's value as a share of its baseB's error rate
 */
public record Measure(String name, String definition, boolean deciding, Double mean, Double std, Double ciLow,
                      Double ciHigh, int seeds, Double paper, Verdict verdict, String reason, Double mde,
                      Double relative, Double paperRelative) {
}
