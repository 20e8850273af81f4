package io.transferlab.cli.commands;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How much of a local sweep's wall time the trainers spent training: the sum of their job durations (from each
 * trainer's metrics: fetching the data and the parent checkpoint, training, checkpoint uploads) against the wall time
 * times the number of trainers. Everything else (start-up of jobs, Kafka hand-offs, evaluation in parallel) is
 * overhead.
 */
final class SweepEfficiency {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String JOB_SECONDS = "transferlab_trainer_job_duration_seconds_sum";

    private SweepEfficiency() {
    }

    static String report(Duration wall, List<String> trainerUrls) throws IOException, InterruptedException {
        double training = 0;
        for (String url : trainerUrls) {
            training += sum(HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
        }
        double seconds = wall.toMillis() / 1000.0;
        double capacity = seconds * trainerUrls.size();
        return String.format(Locale.ROOT, "sweep: wall %.0f s with %d trainer(s), training %.0f s in all; "
                + "overhead ratio %.3f (wall x trainers / training)", seconds, trainerUrls.size(), training,
                training == 0 ? Double.NaN : capacity / training);
    }

    /** The sum over every series of the job-duration timer in a Prometheus text scrape. */
    static double sum(String scrape) {
        return scrape.lines().filter(line -> line.startsWith(JOB_SECONDS))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
