package io.transferlab.contracts.messaging;

/**
 * One number behind a finding, computed per seed from that seed's nets and then summarised over seeds. Every measure
 * is oriented so that the paper's effect is positive.
 *
 * @param name       short name, e.g. "BnB dip"
 * @param definition how it is computed, on the depths it used, e.g. "baseB - mean(BnB at n = 3, 4, 5)"
 * @param deciding   whether the finding's verdict rests on it (the others qualify it)
 * @param mean       mean over seeds; null when the nets it needs were not run
 * @param std        sample standard deviation over seeds (null for fewer than two seeds)
 * @param ciLow      lower end of the 95% confidence interval of the mean (Student's t over seeds; null for fewer
 *                   than two seeds)
 * @param ciHigh     upper end of that interval
 * @param seeds      seeds it could be computed for
 * @param paper      the paper's value (ImageNet, random split), null where the paper gives none
 * @param verdict    this measure's own uncorrected verdict (two-sided t-test at 95%); the finding's is corrected
 * @param reason     why that verdict, in words and numbers
 */
public record Measure(String name, String definition, boolean deciding, Double mean, Double std, Double ciLow,
                      Double ciHigh, int seeds, Double paper, Verdict verdict, String reason) {
}
