package io.transferlab.service.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Commits the log start offset of every newly assigned partition on which the group has no committed offset (or one
 * that retention has passed), so that lag counted as end offset minus committed offset is only what is left to read.
 * Without it, once a group stayed empty past the broker's {@code offsets.retention.minutes} its offsets are gone, and
 * KEDA's kafka scaler (up to at least 2.20.2) counts a partition without a committed offset as its whole end offset of
 * lag, even when retention deleted every record: it starts consumers that find nothing, so commit nothing, and are
 * never scaled down. For consumers with {@code auto.offset.reset=earliest}: the log start is where they read from
 * anyway, so records still waiting count as lag and none is skipped. Kafka calls this on the polling thread.
 */
@ApplicationScoped
@Identifier(CommittedStart.NAME)
public class CommittedStart implements KafkaConsumerRebalanceListener {

    /** The name a channel's {@code consumer-rebalance-listener.name} refers to. */
    public static final String NAME = "transferlab-committed-start";
    private static final Logger LOG = Logger.getLogger(CommittedStart.class);

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        try {
            Map<TopicPartition, OffsetAndMetadata> started = commitWhereMissing(consumer, partitions);
            if (!started.isEmpty()) {
                LOG.infof("committed the log start of partitions without a committed offset: %s", started.entrySet()
                        .stream().map(e -> e.getKey() + "@" + e.getValue().offset()).toList());
            }
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            // Only the lag a scaler sees is at stake, never a record: the next assignment tries again.
            LOG.warnf("could not commit the log start of newly assigned partitions %s: %s", partitions, e);
        }
    }

    /** The offsets it committed: the log start of each partition that had none, or one below the log start. */
    static Map<TopicPartition, OffsetAndMetadata> commitWhereMissing(Consumer<?, ?> consumer,
                                                                     Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        Map<TopicPartition, Long> logStart = consumer.beginningOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> start = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            long first = logStart.get(partition);
            if (offset == null || offset.offset() < first) {
                start.put(partition, new OffsetAndMetadata(first));
            }
        }
        if (!start.isEmpty()) {
            consumer.commitSync(start);
        }
        return start;
    }
}
