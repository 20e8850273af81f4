package io.transferlab.aggregator.messaging;

import io.transferlab.aggregator.results.Studies;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.MessageSchemas;
import io.transferlab.contracts.messaging.StudyResult;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Publishes each complete study's result once to transferlab.study-results, by the rule of {@link OncePublisher}. */
@Singleton // not proxied: its rule is a superclass with no constructor for a proxy to call
public class StudyResultPublisher extends OncePublisher<StudyResult> {

    /** The CloudEvents type of a study's result; a new version of its schema gets a new type. */
    public static final String EVENT_TYPE = "io.transferlab.study.result.v1";

    public StudyResultPublisher(Studies studies,
                                @Channel(AggregatorChannels.STUDY_RESULTS_OUT) Emitter<String> results) {
        super(new Kind<>(EVENT_TYPE, MessageSchemas.STUDY_RESULT, StudyResult::studyId, StudyResultPublisher::eventId,
                StudyResult::completedAt), new Results<>(studies::ids, studies::resultPublished, studies::result),
                results);
    }

    /** The same for the same study over the same levels' specs. */
    public static String eventId(StudyResult result) {
        return result.studyId() + ":" + Json.digest(result.levels().stream()
                .map(level -> level.experimentId() + ":" + level.specDigest()).toList());
    }
}
