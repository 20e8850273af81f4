package io.transferlab.network;

import io.transferlab.contracts.messaging.EvaluationReport;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.data.ImageSet;
import io.transferlab.data.Partition;
import io.transferlab.data.synthetic.SyntheticImages;
import io.transferlab.network.architecture.Compact8;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import io.transferlab.network.model.NetFactory;
import io.transferlab.network.training.CheckpointSink;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.network.training.TrainingLoop;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTest {

    @Test
    void reportIsConsistentAndATrainedNetBeatsChance() {
        ImageSet all = SyntheticImages.generate(3, 60, 1, 16, 16, 21);
        Partition.Parts parts = Partition.trainValidation(all, 1.0 / 3, 5);
        TensorSet train = TensorSet.of(parts.train());
        TensorSet test = TensorSet.of(parts.validation());
        TrainingBudget budget = new TrainingBudget(null, 40, null, null, null, null, null, null, null, null, null)
                .orElse(Fixtures.BUDGET);
        MultiLayerNetwork net = NetFactory.create(new Compact8(), train.shape(), 3, budget, 4, 0);
        TrainingLoop loop = new TrainingLoop(budget, Fixtures.EVALUATION, 1,
                ProgressListener.NONE, CheckpointSink.NONE);
        loop.run(net, train, test, loop.start(train));

        EvaluationReport report = Evaluator.evaluate(net, test);

        assertThat(report.images()).isEqualTo(60);
        assertThat(report.confusion()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(3));
        int total = report.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
        int diagonal = report.confusion().get(0).get(0) + report.confusion().get(1).get(1)
                + report.confusion().get(2).get(2);
        assertThat(total).isEqualTo(60);
        assertThat(report.accuracy()).isCloseTo(diagonal / 60.0, within(1e-12));
        for (int c = 0; c < 3; c++) {
            assertThat(report.perClassAccuracy().get(c))
                    .isCloseTo(report.confusion().get(c).get(c) / 20.0, within(1e-12));
        }
        assertThat(report.loss()).isPositive().isFinite();
        assertThat(report.accuracy()).isGreaterThan(0.6);
    }
}
