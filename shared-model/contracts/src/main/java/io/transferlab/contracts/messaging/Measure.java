package io.transferlab.contracts.messaging;

/**
 * One number behind a finding, computed per seed from that seed's nets and then summarised over seeds. Every measure
 * is oriented so that the paper's effect is positive.
 *
 * @param name       short name, e.g. "BnB dip"
 * @param definition how it is computed, e.g. "baseB - min(BnB at n = 3..5)"
 * @param mean       mean over seeds; null when the points it needs were not run
 * @param std        sample standard deviation over seeds (null for fewer than two seeds)
 * @param seeds      seeds it could be computed for
 * @param paper      the paper's value (ImageNet, random split), null where the paper gives none
 * @param verdict    this measure's verdict
 * @param reason     why that verdict, in words and numbers
 */
public record Measure(String name, String definition, Double mean, Double std, int seeds, Double paper,
                      Verdict verdict, String reason) {
}
