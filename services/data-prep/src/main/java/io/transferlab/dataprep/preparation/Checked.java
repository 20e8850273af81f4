package io.transferlab.dataprep.preparation;

import java.util.List;
import java.util.function.Function;

/**
 * A value, or the problems that prevent it, each "field.path: reason" as {@code SpecValidator} words them: a step
 * that finds the request at fault says so in its result rather than by throwing.
 */
public record Checked<T>(T value, List<String> problems) {

    public Checked {
        problems = List.copyOf(problems);
    }

    public static <T> Checked<T> of(T value) {
        return new Checked<>(value, List.of());
    }

    public static <T> Checked<T> problem(String problem) {
        return new Checked<>(null, List.of(problem));
    }

    public static <T> Checked<T> failed(List<String> problems) {
        return new Checked<>(null, problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The same problems, or {@code next} applied to the value. */
    public <R> Checked<R> then(Function<T, Checked<R>> next) {
        return ok() ? next.apply(value) : failed(problems);
    }
}
