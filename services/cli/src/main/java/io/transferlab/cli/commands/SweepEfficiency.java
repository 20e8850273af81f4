package io.transferlab.cli.commands;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of a local sweep's wall time the trainers spent training: the sum of their job durations (from each
 * trainer's metrics: fetching the data and the parent checkpoint, training, checkpoint uploads) against the wall time
 * times the number of trainers; everything else (start-up of jobs, Kafka hand-offs) is overhead. Then where the
 * trainers' time went (DL4J's fit, checkpoint uploads, the rest) and the evaluator's time, which runs beside them.
 */
final class SweepEfficiency {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String JOB_SECONDS = "transferlab_trainer_job_duration_seconds_sum";
    static final String FIT_SECONDS = "transferlab_trainer_fit_seconds_total";
    static final String UPLOAD_SECONDS = "transferlab_trainer_checkpoint_upload_seconds_sum";
    static final String UPLOADS = "transferlab_trainer_checkpoint_upload_seconds_count";
    static final String EVALUATION_SECONDS = "transferlab_evaluator_evaluation_duration_seconds_sum";
    static final String EVALUATIONS = "transferlab_evaluator_evaluation_duration_seconds_count";

    private SweepEfficiency() {
    }

    static String report(Duration wall, List<String> trainerUrls, String evaluatorUrl)
            throws IOException, InterruptedException {
        List<String> trainers = new ArrayList<>();
        for (String url : trainerUrls) {
            trainers.add(scrape(url));
        }
        String evaluator = scrape(evaluatorUrl);
        double training = sum(trainers, JOB_SECONDS);
        double fit = sum(trainers, FIT_SECONDS);
        double uploads = sum(trainers, UPLOAD_SECONDS);
        double seconds = wall.toMillis() / 1000.0;
        double capacity = seconds * trainerUrls.size();
        return String.format(Locale.ROOT, "sweep: wall %.0f s with %d trainer(s), training %.0f s in all; "
                        + "overhead ratio %.3f (wall x trainers / training)%n"
                        + "trainers' time: fitting %.1f s (%.0f%%), checkpoint uploads %.1f s (%.0f puts), the rest "
                        + "%.1f s (data and parent checkpoint fetch, building nets, validation, checkpoint encoding,"
                        + " announcements); evaluator: %.1f s for %.0f nets, beside the trainers",
                seconds, trainerUrls.size(), training, training == 0 ? Double.NaN : capacity / training,
                fit, training == 0 ? Double.NaN : 100 * fit / training, uploads, sum(trainers, UPLOADS),
                training - fit - uploads, sum(List.of(evaluator), EVALUATION_SECONDS),
                sum(List.of(evaluator), EVALUATIONS));
    }

    /** The sum of {@code metric} over every series in these Prometheus text scrapes. */
    static double sum(List<String> scrapes, String metric) {
        return scrapes.stream().flatMap(String::lines)
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static String scrape(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
