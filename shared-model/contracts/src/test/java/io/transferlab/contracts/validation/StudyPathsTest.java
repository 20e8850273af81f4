package io.transferlab.contracts.validation;

import io.transferlab.contracts.spec.StudyAxis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A level's problem named where the study request's author wrote the value, and back. */
class StudyPathsTest {

    @Test
    void aLevelsProblemIsNamedAtTheStudysPath() {
        assertThat(StudyPaths.inStudy(StudyAxis.SPLIT, 1, "split.classesA[1]: 0 is given twice"))
                .isEqualTo("axis.splits[1].split.classesA[1]: 0 is given twice");
        assertThat(StudyPaths.inStudy(StudyAxis.TARGET_SIZE, 2, "budget.trainImagesB: 0 is not from 1 to 9"))
                .isEqualTo("axis.targetSize[2]: 0 is not from 1 to 9");
        assertThat(StudyPaths.inStudy(StudyAxis.TARGET_SIZE, 0, "split.sizeA: too large"))
                .isEqualTo("design.split.sizeA: too large");
        assertThat(StudyPaths.inStudy(StudyAxis.SPLIT, 0, "budget.trainImagesB: too large"))
                .isEqualTo("design.budget.trainImagesB: too large");
        assertThat(StudyPaths.inStudy(StudyAxis.SPLIT, 0, "experimentId: 'x' is already used"))
                .isEqualTo("studyId: 'x' is already used");
        assertThat(StudyPaths.inStudy(StudyAxis.SPLIT, 0, "depths[0]: 9 is outside 1..7"))
                .isEqualTo("design.depths[0]: 9 is outside 1..7");
    }

    @Test
    void aStudysValueIsFoundInTheLevelsRequest() {
        assertThat(StudyPaths.inLevel("design.budget.epochs")).isEqualTo("budget.epochs");
        assertThat(StudyPaths.inLevel("axis.targetSize[3]")).isEqualTo("budget.trainImagesB");
        assertThat(StudyPaths.inLevel("studyId")).isEqualTo("studyId");
    }
}
