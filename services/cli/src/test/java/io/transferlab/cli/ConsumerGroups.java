package io.transferlab.cli;

import io.transferlab.contracts.messaging.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Whether the services' consumer groups have handled (committed) everything on their topics. */
final class ConsumerGroups {

    /** The groups whose progress is durable (the aggregator's are not: it rebuilds from the start). */
    static final Map<String, String> COMMITTING = Map.of(
            "transferlab-data-prep", Topics.REQUESTS,
            "transferlab-trainers", Topics.JOBS,
            "transferlab-evaluators", Topics.CHECKPOINTS);

    private ConsumerGroups() {
    }

    /** The static {@code group.instance.id}s of a group's current members (dynamic members have none). */
    static List<String> instanceIds(String kafka, String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                    .flatMap(member -> member.groupInstanceId().stream()).toList();
        }
    }

    /**
     * Waits until every committing group has committed the end of its topic, and no topic has grown, over two looks
     * {@code quiet} apart: the system has nothing left to do.
     */
    static void awaitIdle(String kafka, List<String> topics, Duration quiet, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            Map<TopicPartition, Long> before = null;
            while (true) {
                Map<TopicPartition, Long> ends = TopicReplay.endOffsets(kafka, topics);
                boolean caughtUp = caughtUp(admin, ends);
                if (caughtUp && ends.equals(before)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the services did not become idle within " + timeout);
                }
                before = caughtUp ? ends : null;
                Thread.sleep(quiet.toMillis());
            }
        }
    }

    private static boolean caughtUp(Admin admin, Map<TopicPartition, Long> ends)
            throws ExecutionException, InterruptedException {
        for (Map.Entry<String, String> group : COMMITTING.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata().get();
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                if (end.getKey().topic().equals(group.getValue()) && end.getValue() > 0) {
                    OffsetAndMetadata offset = committed.get(end.getKey());
                    if (offset == null || offset.offset() < end.getValue()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
