package io.transferlab.cli.commands;

import io.transferlab.contracts.messaging.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Samples a local sweep once a second: how many trainers are idle, and how many published jobs wait untaken (jobs are
 * published only once their parent is trained, so every one of them could run). A trainer idle while a job waits is
 * time the schedule lost: the job sits in a partition another trainer owns, or behind the job it trains.
 */
final class IdleSampler implements AutoCloseable {

    static final String ACTIVE = "transferlab_trainer_jobs_active";
    static final String COMPLETED = "transferlab_trainer_jobs_completed_total";
    private static final long PERIOD_MS = 1000;

    /** Trainer-seconds idle, and of those, idle while a published job waited; both sampled. */
    record IdleTime(double idleSeconds, double whileJobsWaitedSeconds) {

        static final IdleTime NONE = new IdleTime(0, 0);

        /**
         * This time plus one sample: {@code busy} of {@code trainers} training and {@code waiting} jobs published but
         * not taken, over {@code seconds}. Each idle trainer could have taken one waiting job.
         */
        IdleTime plus(int trainers, double busy, double waiting, double seconds) {
            double idleTrainers = Math.max(0, trainers - busy);
            return new IdleTime(idleSeconds + idleTrainers * seconds,
                    whileJobsWaitedSeconds + Math.min(idleTrainers, Math.max(0, waiting)) * seconds);
        }
    }

    private final Admin admin;
    private final List<String> trainerUrls;
    private final Thread thread;
    private final long publishedBefore;
    private final double completedBefore;
    private volatile IdleTime time = IdleTime.NONE;
    private volatile boolean stopped;

    IdleSampler(String bootstrapServers, List<String> trainerUrls) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.trainerUrls = trainerUrls;
        this.publishedBefore = published();
        this.completedBefore = SweepEfficiency.sum(scrapes(), COMPLETED);
        this.thread = new Thread(this::sample, "idle-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The sampled idle time so far. */
    IdleTime idleTime() {
        return time;
    }

    private void sample() {
        long last = System.nanoTime();
        while (!stopped) {
            try {
                Thread.sleep(PERIOD_MS);
                List<String> scrapes = scrapes();
                double busy = SweepEfficiency.sum(scrapes, ACTIVE);
                double waiting = (published() - publishedBefore)
                        - (SweepEfficiency.sum(scrapes, COMPLETED) - completedBefore) - busy;
                long now = System.nanoTime();
                time = time.plus(trainerUrls.size(), busy, waiting, (now - last) / 1e9);
                last = now;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a missed sample (a trainer restarting, the broker busy) only makes the estimate coarser
            }
        }
    }

    private List<String> scrapes() {
        return trainerUrls.stream().map(SweepEfficiency::scrapeQuietly).toList();
    }

    /** Records ever written to the jobs topic: the sum of its partitions' end offsets. */
    private long published() {
        Map<TopicPartition, OffsetSpec> ends = IntStream.range(0, Topics.partitions(Topics.JOBS))
                .mapToObj(p -> new TopicPartition(Topics.JOBS, p))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        try {
            return admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the jobs topic's offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the jobs topic's offsets", e);
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close();
    }
}
