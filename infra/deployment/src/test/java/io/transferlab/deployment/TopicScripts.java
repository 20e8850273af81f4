package io.transferlab.deployment;

import io.transferlab.contracts.messaging.Topics;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one topic setup, k8s/base/topics/ensure-topics.sh (run by the k8s Job and compose's kafka-init), read against
 * {@link Topics}: every topic as name:partitions:retention, and each retention as the topic configs
 * {@link Topics.Retention} names.
 */
final class TopicScripts {

    static final String SCRIPT = "k8s/base/topics/ensure-topics.sh";

    private static final Pattern SPEC = Pattern.compile("(transferlab\\.[a-z.-]*[a-z]):(\\d+):([a-z]+)");
    private static final Pattern CONFIGS = Pattern.compile("(?m)^\\s*([a-z]+)\\) configs=\"([^\"]*)\"");

    private TopicScripts() {
    }

    static void check() {
        String script = Repo.read(SCRIPT);
        Map<String, String> expected = new TreeMap<>();
        Topics.ALL.forEach(t -> expected.put(t, Topics.partitions(t) + ":" + Topics.retention(t).key()));
        Map<String, String> created = new TreeMap<>();
        Matcher m = SPEC.matcher(script);
        while (m.find()) {
            created.put(m.group(1), m.group(2) + ":" + m.group(3));
        }
        assertThat(created).as("%s: name:partitions:retention against Topics", SCRIPT).isEqualTo(expected);
        Map<String, Set<String>> configs = new TreeMap<>();
        Matcher c = CONFIGS.matcher(script);
        while (c.find()) {
            configs.put(c.group(1), new TreeSet<>(Set.of(c.group(2).split(","))));
        }
        Map<String, Set<String>> retentions = new TreeMap<>();
        for (Topics.Retention retention : Topics.Retention.values()) {
            retentions.put(retention.key(), retention.configs().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(configs).as("%s: each retention's configs against Topics.Retention", SCRIPT).isEqualTo(retentions);
    }
}
