package io.transferlab.data;

import io.transferlab.contracts.spec.DataDraw;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ImageLimit;
import io.transferlab.contracts.spec.Seeds;

/**
 * One half's images as the seeds draw from them: a pool of training images, from which each draw takes its own
 * validation part and training subset, and the test part, fixed for every seed. A draw depends only on its data seed,
 * the half and the half's own settings, never on the other half's: a study that varies B's size shares A's nets.
 *
 * @param half             the half
 * @param pool             the half's training images, before the validation part is held out
 * @param test             the test part, the same for every seed
 * @param draw             how sweep seeds map to draws
 * @param splitSeed        the seed of the class split, and of the one draw under {@link DataDraw#FIXED}
 * @param fixedSeed        the partition seed of the fixed draw and the test part (the split seed, + 1 for half B)
 * @param validationShare  share of the pool held out for validation
 * @param trainImages      size limit of a draw's training subset
 * @param validationImages size limit of a draw's validation part
 */
public record HalfDraws(Half half, ImageSet pool, ImageSet test, DataDraw draw, long splitSeed, long fixedSeed,
                        double validationShare, ImageLimit trainImages, ImageLimit validationImages) {

    /** The data seed of sweep seed {@code seed}'s draw; seeds with the same data seed see the same images. */
    public long dataSeed(long seed) {
        return draw.dataSeed(seed, splitSeed);
    }

    /** The images the nets of sweep seed {@code seed} train, validate and are scored on. */
    public HalfParts parts(long seed) {
        // The fixed draw keeps the seeds it always had; the others mix the half in, so A's and B's draws differ (and
        // differ from the nets' streams, which mix the sweep seed with 0xA or 0xB).
        long partition = draw == DataDraw.FIXED ? fixedSeed
                : Seeds.mix(dataSeed(seed), half == Half.A ? 0xDA : 0xDB);
        Partition.Parts parts = Partition.trainValidation(pool, validationShare, partition);
        return new HalfParts(limit(parts.train(), trainImages, partition),
                limit(parts.validation(), validationImages, partition), test);
    }

    static ImageSet limit(ImageSet set, ImageLimit limit, long seed) {
        return limit.all() ? set : Partition.subset(set, limit.count(), seed);
    }
}
