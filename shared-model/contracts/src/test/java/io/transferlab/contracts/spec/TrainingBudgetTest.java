package io.transferlab.contracts.spec;

import io.transferlab.contracts.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingBudgetTest {

    @Test
    void toBuilderChangesTheFieldsItIsToldAndKeepsEveryOther() {
        TrainingBudget paper = Profile.PAPER.budget();

        TrainingBudget smallB = paper.toBuilder().trainImagesB(60).build();

        assertThat(smallB.trainImagesB()).isEqualTo(60);
        assertThat(smallB).usingRecursiveComparison().ignoringFields("trainImagesB").isEqualTo(paper);
        assertThat(paper.toBuilder().build()).isEqualTo(paper);
    }

    @Test
    void aBuiltBudgetTravelsAsItsFieldsAlone() {
        TrainingBudget budget = TrainingBudget.builder().iterations(200).batchSize(64).build();

        assertThat(Json.write(budget)).isEqualTo("{\"batchSize\":64,\"iterations\":200}");
    }
}
