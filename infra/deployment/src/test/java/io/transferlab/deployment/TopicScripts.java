package io.transferlab.deployment;

import io.transferlab.contracts.messaging.Topics;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic-creating scripts of compose's kafka-init and the k8s topics Job, checked against
 * {@link Topics}: every topic as name:partitions:retention, and each retention mapped to the topic configs
 * {@link Topics.Retention} names.
 */
final class TopicScripts {

    private static final Pattern SPEC = Pattern.compile("(transferlab\\.[a-z.-]*[a-z]):(\\d+):([a-z]+)");

    private TopicScripts() {
    }

    static void check(String where, String script) {
        Map<String, String> expected = new TreeMap<>();
        Topics.ALL.forEach(t -> expected.put(t, Topics.partitions(t) + ":" + Topics.retention(t).key()));
        Map<String, String> created = new TreeMap<>();
        Matcher m = SPEC.matcher(script);
        while (m.find()) {
            created.put(m.group(1), m.group(2) + ":" + m.group(3));
        }
        assertThat(created).as("%s: name:partitions:retention against io.transferlab.contracts.messaging.Topics",
                where).isEqualTo(expected);
        for (Topics.Retention retention : Topics.Retention.values()) {
            retention.configs().forEach((key, value) -> assertThat(script)
                    .as("%s: retention '%s' must set %s=%s", where, retention.key(), key, value)
                    .containsPattern(retention.key() + "\\) config=\"--config " + Pattern.quote(key + "=" + value)
                            + "\""));
        }
    }
}
