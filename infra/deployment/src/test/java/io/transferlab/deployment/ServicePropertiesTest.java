package io.transferlab.deployment;

import io.transferlab.contracts.messaging.Topics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' application.properties: every channel is bound to the contracts' topic for what it carries, and no
 * file repeats a setting whose default lives in a {@code @ConfigMapping} (a second default drifts from the first).
 */
class ServicePropertiesTest {

    private static final Pattern TOPIC = Pattern.compile("(?m)^mp\\.messaging\\.(incoming|outgoing)\\.([a-z-]+)\\.topic=(.+)$");
    private static final Pattern DEAD_LETTERS = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[a-z-]+\\.dead-letter-queue\\.topic=(.+)$");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([a-z.-]+)\"\\)");
    private static final Pattern KEY = Pattern.compile("(?m)^([a-z][^=\\s]*)=");

    /** What each service reads and writes, by channel: the contracts' topic names, never a second spelling. */
    private static final Map<String, Map<String, String>> CHANNELS = Map.of(
            "data-prep", Map.of("incoming.requests", Topics.REQUESTS, "outgoing.experiments", Topics.EXPERIMENTS,
                    "outgoing.jobs", Topics.JOBS, "outgoing.rejections", Topics.REJECTIONS),
            "trainer", Map.of("incoming.jobs", Topics.JOBS, "outgoing.jobs-out", Topics.JOBS,
                    "outgoing.checkpoints", Topics.CHECKPOINTS, "outgoing.status", Topics.STATUS),
            "evaluator", Map.of("incoming.checkpoints", Topics.CHECKPOINTS,
                    "outgoing.evaluations", Topics.EVALUATIONS, "outgoing.estimates", Topics.ESTIMATES),
            "aggregator", Map.of("incoming.experiments", Topics.EXPERIMENTS,
                    "incoming.evaluations", Topics.EVALUATIONS, "incoming.estimates", Topics.ESTIMATES,
                    "incoming.status", Topics.STATUS,
                    "incoming.rejections", Topics.REJECTIONS, "incoming.results", Topics.RESULTS,
                    "outgoing.results-out", Topics.RESULTS, "incoming.study-results", Topics.STUDY_RESULTS,
                    "outgoing.study-results-out", Topics.STUDY_RESULTS));

    @Test
    void everyChannelIsBoundToItsContractTopicAndDeadLettersGoToOneTopic() {
        for (String service : Repo.SERVICES.keySet()) {
            String properties = properties(service);
            Map<String, String> bound = new TreeMap<>();
            Matcher topics = TOPIC.matcher(properties);
            while (topics.find()) {
                bound.put(topics.group(1) + "." + topics.group(2), topics.group(3).trim());
            }
            assertThat(bound).as("%s's channels and their topics", service).isEqualTo(CHANNELS.get(service));
            Matcher deadLetters = DEAD_LETTERS.matcher(properties);
            int incoming = (int) bound.keySet().stream().filter(channel -> channel.startsWith("incoming.")).count();
            int withDeadLetters = 0;
            while (deadLetters.find()) {
                assertThat(deadLetters.group(1).trim()).as("%s's dead-letter topic", service)
                        .isEqualTo(Topics.DEAD_LETTERS);
                withDeadLetters++;
            }
            assertThat(withDeadLetters).as("%s: every incoming channel dead-letters what it cannot process", service)
                    .isEqualTo(incoming);
        }
    }

    /** Shared Kafka settings live once, in services/messaging, which every service depends on. */
    @Test
    void everyServiceTakesTheSharedKafkaSettingsAndNoneCreatesTopics() {
        String shared = Repo.read("services/messaging/src/main/resources/META-INF/microprofile-config.properties");
        assertThat(shared).containsPattern("(?m)^kafka\\.allow\\.auto\\.create\\.topics=false$")
                .containsPattern("(?m)^kafka\\.bootstrap\\.servers=\\$\\{KAFKA_BOOTSTRAP_SERVERS:");
        for (String service : Repo.SERVICES.keySet()) {
            assertThat(Repo.read("services/" + service + "/pom.xml")).as("%s's dependencies", service)
                    .contains("<artifactId>transferlab-service-messaging</artifactId>");
            assertThat(properties(service)).as("%s overrides a shared Kafka setting", service)
                    .doesNotContainPattern("(?m)^(mp\\.messaging\\.incoming\\.[a-z-]+\\.|kafka\\.)"
                            + "(allow\\.auto\\.create\\.topics|bootstrap\\.servers)=");
        }
    }

    @Test
    void noServiceRepeatsADefaultThatAConfigMappingHolds() throws IOException {
        Set<String> prefixes = mappingPrefixes();
        assertThat(prefixes).as("the services' @ConfigMapping prefixes").contains("transferlab.storage",
                "transferlab.trainer", "transferlab.aggregator");
        for (String service : Repo.SERVICES.keySet()) {
            Matcher keys = KEY.matcher(properties(service));
            while (keys.find()) {
                String key = keys.group(1);
                assertThat(prefixes.stream().filter(prefix -> key.startsWith(prefix + ".")))
                        .as("%s's application.properties sets %s: its default belongs in the @ConfigMapping "
                                + "(a %%profile line for tests is fine)", service, key).isEmpty();
            }
        }
    }

    private static Set<String> mappingPrefixes() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repo.path("services"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
                    .toList()) {
                Matcher mapping = MAPPING.matcher(Files.readString(file));
                while (mapping.find()) {
                    prefixes.add(mapping.group(1));
                }
            }
        }
        return prefixes;
    }

    private static String properties(String service) {
        return Repo.read("services/" + service + "/src/main/resources/application.properties");
    }
}
