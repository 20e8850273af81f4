package io.transferlab.aggregator.messaging;

import io.transferlab.contracts.messaging.Topics;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every topic the aggregator rebuilds its state from, and how far each has been read back since this process
 * started. The results topics are their publishers' own ({@link OncePublisher}: reading them to the end is also what
 * lets results be published).
 */
@ApplicationScoped
public class Replay {

    private final Map<String, Replayed> topics = new LinkedHashMap<>();

    public Replay(ResultPublisher results, StudyResultPublisher studyResults) {
        for (String topic : List.of(Topics.EXPERIMENTS, Topics.EVALUATIONS, Topics.ESTIMATES, Topics.STATUS,
                Topics.REJECTIONS)) {
            topics.put(topic, new TopicReplay(topic));
        }
        topics.put(results.topic(), results);
        topics.put(studyResults.topic(), studyResults);
    }

    public List<Replayed> topics() {
        return List.copyOf(topics.values());
    }

    /** A record of one of the topics was handled (or dead-lettered). */
    public void recordRead(String topic, int partition, long offset) {
        topics.get(topic).recordRead(partition, offset);
    }

    /** True once every topic has been read to the end offsets it had at start. */
    public boolean caughtUp() {
        return topics.values().stream().allMatch(Replayed::caughtUp);
    }
}
