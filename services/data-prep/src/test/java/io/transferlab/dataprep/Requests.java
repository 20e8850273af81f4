package io.transferlab.dataprep;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.testsupport.Publish;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests as users publish them. */
public final class Requests {

    /** Two bases, AnB (waits on base A) and the RnB control, at depths 1 and 2: 6 nets, 4 of them wait on nothing. */
    public static final List<Variant> VARIANTS = List.of(Variant.BASE_A, Variant.BASE_B, Variant.ANB, Variant.RNB);
    public static final List<Integer> DEPTHS = List.of(1, 2);

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Requests() {
    }

    /** An id no earlier test or run has used, so that leftovers on a shared broker or store cannot interfere. */
    public static String uniqueId(String name) {
        return name + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static ExperimentSpec small(String experimentId, String location) {
        return new ExperimentSpec(experimentId, new DatasetRef("mnist", location), null, null, DEPTHS, VARIANTS, null,
                "quick", null, null);
    }

    public static ExperimentSpec withDepths(ExperimentSpec spec, List<Integer> depths) {
        return new ExperimentSpec(spec.experimentId(), spec.dataset(), spec.split(), spec.architecture(), depths,
                spec.variants(), spec.seeds(), spec.profile(), spec.budget(), spec.evaluation());
    }

    public static ExperimentSpec withSplit(ExperimentSpec spec, SplitSpec split) {
        return new ExperimentSpec(spec.experimentId(), spec.dataset(), split, spec.architecture(), spec.depths(),
                spec.variants(), spec.seeds(), spec.profile(), spec.budget(), spec.evaluation());
    }

    public static ExperimentSpec withSeeds(ExperimentSpec spec, List<Long> seeds) {
        return new ExperimentSpec(spec.experimentId(), spec.dataset(), spec.split(), spec.architecture(),
                spec.depths(), spec.variants(), seeds, spec.profile(), spec.budget(), spec.evaluation());
    }

    public static void publish(KafkaCompanion companion, String key, String json) {
        Publish.value(companion, Topics.REQUESTS, key, json);
    }
}
