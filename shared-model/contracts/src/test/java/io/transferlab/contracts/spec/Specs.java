package io.transferlab.contracts.spec;

import java.util.List;

/** Test fixtures: experiment requests built field by field, starting from the minimal valid one. */
public final class Specs {

    private Specs() {
    }

    /** The smallest valid request: an id and a data set, every other field left to the defaults. */
    public static ExperimentSpec minimal() {
        return spec().build();
    }

    public static Builder spec() {
        return new Builder();
    }

    /** A budget that sets only the fields given to the builder. */
    public static TrainingBudget.Builder budget() {
        return TrainingBudget.builder();
    }

    public static final class Builder {
        private String experimentId = "exp1";
        private DatasetRef dataset = new DatasetRef(Dataset.FASHION_MNIST.id(), null);
        private SplitSpec split;
        private String architecture;
        private List<Integer> depths;
        private List<Variant> variants;
        private List<Long> seeds;
        private String profile;
        private TrainingBudget budget;
        private EvaluationSettings evaluation;

        public Builder experimentId(String value) {
            experimentId = value;
            return this;
        }

        public Builder dataset(DatasetRef value) {
            dataset = value;
            return this;
        }

        public Builder dataset(String name, String location) {
            return dataset(new DatasetRef(name, location));
        }

        public Builder split(SplitSpec value) {
            split = value;
            return this;
        }

        public Builder architecture(String value) {
            architecture = value;
            return this;
        }

        public Builder depths(List<Integer> value) {
            depths = value;
            return this;
        }

        public Builder depths(Integer... value) {
            return depths(List.of(value));
        }

        public Builder variants(List<Variant> value) {
            variants = value;
            return this;
        }

        public Builder variants(Variant... value) {
            return variants(List.of(value));
        }

        public Builder seeds(List<Long> value) {
            seeds = value;
            return this;
        }

        public Builder seeds(Long... value) {
            return seeds(List.of(value));
        }

        public Builder profile(String value) {
            profile = value;
            return this;
        }

        public Builder budget(TrainingBudget value) {
            budget = value;
            return this;
        }

        public Builder budget(TrainingBudget.Builder value) {
            return budget(value.build());
        }

        public Builder evaluation(EvaluationSettings value) {
            evaluation = value;
            return this;
        }

        public ExperimentSpec build() {
            return new ExperimentSpec(experimentId, dataset, split, architecture, depths, variants, seeds, profile,
                    budget, evaluation);
        }
    }
}
