package io.transferlab.dataprep.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.transferlab.contracts.validation.ValidationBounds;

/** Limits a request must stay within; the defaults are {@link ValidationBounds#DEFAULT}. */
@ConfigMapping(prefix = "transferlab.validation")
public interface BoundsConfig {

    /** Most epochs per net. */
    @WithDefault("1000")
    int maxEpochs();

    /** Most iterations per net. */
    @WithDefault("1000000")
    long maxIterations();

    /** Largest mini-batch. */
    @WithDefault("1024")
    int maxBatchSize();

    /** Most seeds per experiment. */
    @WithDefault("32")
    int maxSeeds();

    /** Most nets per experiment: the paper preset plans 576. */
    @WithDefault("1000")
    int maxJobs();

    /** Most training images per half. */
    @WithDefault("2000000")
    int maxTrainImages();

    default ValidationBounds bounds() {
        return new ValidationBounds(maxEpochs(), maxIterations(), maxBatchSize(), maxSeeds(), maxJobs(),
                maxTrainImages());
    }
}
