package io.transferlab.cli.commands;

import io.transferlab.contracts.plan.JobPhase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How much of a local sweep's wall time the trainers spent training: the sum of their job durations (from each
 * trainer's metrics: fetching the data and the parent checkpoint, training, checkpoint uploads) against the wall time
 * times the number of trainers; the difference is the trainers' idle time (start-up of jobs, Kafka hand-offs, waiting
 * for runnable jobs), of which the {@link IdleSampler} says how much passed while a job waited. Then where the
 * trainers' time went, part by part ({@link JobPhase}), and the CPU time the other services took on the same cores
 * (the evaluator's time from a checkpoint to its score is no measure of that: it runs niced, and waits).
 */
final class SweepEfficiency {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String JOB_SECONDS = "transferlab_trainer_job_duration_seconds_sum";
    static final String FIT_SECONDS = "transferlab_trainer_fit_seconds_total";
    static final String PHASE_SECONDS = "transferlab_trainer_phase_seconds_total";
    static final String UPLOAD_SECONDS = "transferlab_trainer_checkpoint_upload_seconds_sum";
    static final String UPLOADS = "transferlab_trainer_checkpoint_upload_seconds_count";
    static final String EVALUATION_SECONDS = "transferlab_evaluator_evaluation_duration_seconds_sum";
    static final String EVALUATIONS = "transferlab_evaluator_evaluation_duration_seconds_count";

    private SweepEfficiency() {
    }

    /**
     * @param idle       the trainers' idle time, sampled during the sweep
     * @param serviceCpu the other services' CPU time during the sweep, by name: they share the trainers' cores
     */
    static String report(Duration wall, List<String> trainerUrls, String evaluatorUrl, IdleSampler.IdleTime idle,
                         Map<String, Duration> serviceCpu) {
        List<String> trainers = trainerUrls.stream().map(SweepEfficiency::scrapeQuietly).toList();
        return fromScrapes(wall, trainers, scrapeQuietly(evaluatorUrl), idle, serviceCpu);
    }

    /** The report from the trainers' and the evaluator's scrapes taken at the end of the sweep. */
    static String fromScrapes(Duration wall, List<String> trainers, String evaluator, IdleSampler.IdleTime idle,
                              Map<String, Duration> serviceCpu) {
        double training = sum(trainers, JOB_SECONDS);
        double fit = sum(trainers, FIT_SECONDS);
        double uploads = sum(trainers, UPLOAD_SECONDS);
        double seconds = wall.toMillis() / 1000.0;
        double capacity = seconds * trainers.size();
        StringBuilder parts = new StringBuilder();
        double accounted = fit + uploads;
        parts.append(share("fitting", fit, training));
        for (JobPhase phase : JobPhase.values()) {
            double phaseSeconds = sum(trainers, PHASE_SECONDS, "phase", phase.label());
            accounted += phaseSeconds;
            parts.append(", ").append(share(phase.label(), phaseSeconds, training));
        }
        parts.append(", ").append(share(String.format(Locale.ROOT, "uploads (%.0f puts)", sum(trainers, UPLOADS)),
                uploads, training));
        parts.append(", ").append(share("the rest", training - accounted, training));
        return String.format(Locale.ROOT, "sweep: wall %.0f s with %d trainer(s), training %.0f s in all; "
                        + "overhead ratio %.3f (wall x trainers / training)%n"
                        + "trainers' time: %s%n"
                        + "trainers idle: %.0f s (wall x trainers - training), of which about %.0f s while a "
                        + "published job waited untaken (sampled each second: %.0f s idle)%n"
                        + "evaluator: %.0f nets, %.1f s from taking a checkpoint to its score in all%n"
                        + "beside the trainers, on the same cores, CPU time during the sweep: %s",
                seconds, trainers.size(), training, training == 0 ? Double.NaN : capacity / training, parts,
                capacity - training, idle.whileJobsWaitedSeconds(), idle.idleSeconds(),
                sum(List.of(evaluator), EVALUATIONS), sum(List.of(evaluator), EVALUATION_SECONDS),
                serviceCpu.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(),
                        e.getValue().toMillis() / 1000.0)).collect(Collectors.joining(", ")));
    }

    private static String share(String name, double seconds, double total) {
        return String.format(Locale.ROOT, "%s %.1f s (%.1f%%)", name, seconds,
                total == 0 ? Double.NaN : 100 * seconds / total);
    }

    /** The sum of {@code metric} over every series in these Prometheus text scrapes. */
    static double sum(List<String> scrapes, String metric) {
        return scrapes.stream().flatMap(String::lines)
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .mapToDouble(SweepEfficiency::value).sum();
    }

    /** The sum of {@code metric} over the series whose label {@code label} is {@code value}. */
    static double sum(List<String> scrapes, String metric, String label, String value) {
        String tag = label + "=\"" + value + "\"";
        return scrapes.stream().flatMap(String::lines)
                .filter(line -> line.startsWith(metric + "{"))
                .filter(line -> {
                    String labels = line.substring(metric.length(), line.indexOf('}'));
                    return labels.startsWith("{" + tag) || labels.contains("," + tag);
                })
                .mapToDouble(SweepEfficiency::value).sum();
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    static String scrapeQuietly(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url + "/q/metrics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + url + "/q/metrics", e);
        }
    }
}
