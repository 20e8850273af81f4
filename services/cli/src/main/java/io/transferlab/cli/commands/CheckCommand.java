package io.transferlab.cli.commands;

import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.StudyRequest;
import io.transferlab.contracts.validation.RequestReading;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.contracts.validation.StudyLevels;
import io.transferlab.contracts.validation.ValidationBounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code transferlab check FILE | --preset NAME}: a request checked as data-prep checks it, nothing published. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check an experiment or study request as data-prep will, with its default bounds, without "
                + "publishing it: print 'ok' and what it plans, or every problem at its field path (exit status 2). "
                + "Where the data may be read from is data-prep's configuration, checked only there.")
public final class CheckCommand implements Callable<Integer> {

    private final SpecValidator validator = new SpecValidator(ValidationBounds.DEFAULT);

    @Mixin
    RequestSource source;

    @Override
    public Integer call() {
        RequestReading.Read read = new RequestReading(validator).read(source.bytes());
        List<String> problems = read.problem() != null ? List.of(read.problem())
                : read.study() != null ? StudyLevels.problems(read.study(), validator)
                : validator.validate(read.spec());
        if (!problems.isEmpty()) {
            problems.forEach(System.out::println);
            return ExitCodes.REJECTED;
        }
        System.out.println("ok: " + (read.study() != null ? summary(read.study()) : summary(read.spec())));
        return ExitCodes.OK;
    }

    private static String summary(ExperimentSpec spec) {
        return "experiment " + spec.experimentId() + ", " + Planner.plan(spec.resolve()).size() + " nets planned";
    }

    private static String summary(StudyRequest study) {
        List<StudyLevels.Level> levels = StudyLevels.of(study);
        List<Integer> nets = levels.stream().map(level -> Planner.plan(level.spec().resolve()).size()).toList();
        return "study " + study.studyId() + ", " + levels.size() + " levels ("
                + String.join(", ", levels.stream().map(StudyLevels.Level::label).toList()) + "), nets planned per "
                + "level " + nets + " (nets every level shares are trained once)";
    }
}
