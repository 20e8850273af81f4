package io.transferlab.network.transferability;

import io.transferlab.contracts.messaging.DepthEstimates;
import io.transferlab.contracts.messaging.EstimateCosts;
import io.transferlab.network.Fixtures;
import io.transferlab.network.architecture.Compact8;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.model.NetFactory;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EstimatorTest {

    @Test
    void everyDepthGetsEstimatesInTheirRanges() {
        TensorSet train = Fixtures.images(3, 20, 2);
        TensorSet validation = Fixtures.images(3, 10, 3);
        Compact8 architecture = new Compact8();
        MultiLayerNetwork baseA = net(train, 1);
        MultiLayerNetwork baseB = net(train, 2);
        MultiLayerNetwork random = net(train, 3);
        Estimator estimator = new Estimator(baseA, baseB, random, NetFactory.layout(architecture, train.shape(), 3));

        List<DepthEstimates> estimates = estimator.estimate(train, validation, List.of(1, 2, 3, 4, 5, 6, 7, 8));

        assertThat(estimates).extracting(DepthEstimates::depth).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        for (DepthEstimates e : estimates) {
            assertThat(List.of(e.probeA(), e.probeRandom(), e.ckaAB(), e.ckaRandomB())).allSatisfy(v ->
                    assertThat(v).isBetween(0.0, 1.0));
            assertThat(List.of(e.hScoreA(), e.hScoreRandom())).as("at most k - 1")
                    .allSatisfy(v -> assertThat(v).isBetween(0.0, 2.0 + 1e-9));
            assertThat(List.of(e.logMeA(), e.logMeRandom())).allSatisfy(v -> assertThat(v).isFinite());
            EstimateCosts costs = e.costs();
            assertThat(List.of(costs.features(), costs.probe(), costs.logMe(), costs.hScore(), costs.cka()))
                    .allSatisfy(seconds -> assertThat(seconds).isPositive());
            System.out.printf(Locale.ROOT, "depth %d: probe %.3f/%.3f LogME %.3f/%.3f H %.3f/%.3f CKA %.3f/%.3f;"
                            + " ms features %.1f probe %.1f LogME %.1f H %.1f CKA %.1f%n", e.depth(), e.probeA(),
                    e.probeRandom(), e.logMeA(), e.logMeRandom(), e.hScoreA(), e.hScoreRandom(), e.ckaAB(),
                    e.ckaRandomB(), costs.features() * 1e3, costs.probe() * 1e3, costs.logMe() * 1e3,
                    costs.hScore() * 1e3, costs.cka() * 1e3);
        }
    }

    @Test
    void aNetAgainstItselfHasCkaOne() {
        TensorSet train = Fixtures.images(3, 10, 2);
        MultiLayerNetwork net = net(train, 1);
        Estimator estimator = new Estimator(net, net, net, NetFactory.layout(new Compact8(), train.shape(), 3));

        DepthEstimates e = estimator.estimate(train, train, List.of(4)).get(0);

        assertThat(e.ckaAB()).isCloseTo(1.0, within(1e-9));
        assertThat(e.probeA()).isEqualTo(e.probeRandom());
    }

    private static MultiLayerNetwork net(TensorSet images, long seed) {
        return NetFactory.create(new Compact8(), images.shape(), 3, Fixtures.BUDGET, seed, 0);
    }
}
