package io.transferlab.deployment;

import io.transferlab.contracts.messaging.Topics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/messages.md's topic table names the classes that produce and consume each topic: each named class exists and
 * really writes (or reads) that topic, and every class bound to a topic by a channel is named. A class writes a topic
 * through an outgoing channel bound to it in its module's application.properties, or an incoming channel whose dead
 * letters go there; it reads one through an incoming channel bound to it; a plain Kafka client names the
 * {@link Topics} constant.
 */
class TopicTableTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern CLASS_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]*)`");
    private static final Pattern TOPIC = Pattern.compile("`([a-z.-]+)`");
    /** {@code mp.messaging.incoming.jobs.topic=transferlab.jobs}, or the incoming channel's dead-letter topic. */
    private static final Pattern BINDING = Pattern.compile(
            "(?m)^mp\\.messaging\\.(incoming|outgoing)\\.([a-z-]+)\\.(topic|dead-letter-queue\\.topic)=(\\S+)$");
    /** {@code @Incoming(TrainerChannels.JOBS)}, {@code @Channel(...)} (an emitter), or the name as a literal. */
    private static final Pattern CHANNEL_USE =
            Pattern.compile("@(Incoming|Outgoing|Channel)\\((?:(\\w+)\\.([A-Z_]+)|\"([a-z-]+)\")\\)");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([^\"]+)\";");

    private enum Role { PRODUCER, CONSUMER }

    /** One main class: its source and the module it is in. */
    private record Source(Path module, String text) {
    }

    @Test
    void everyTopicHasARowAndEachNamedClassReallyProducesOrConsumesIt() throws IOException {
        Map<String, Map<Role, Set<String>>> table = table();
        assertThat(table.keySet()).as("the topics in docs/messages.md").containsExactlyInAnyOrderElementsOf(Topics.ALL);

        Map<String, List<Source>> classes = mainClasses();
        List<String> wrong = new ArrayList<>();
        table.forEach((topic, roles) -> roles.forEach((role, named) -> {
            for (String name : named) {
                List<Source> sources = classes.getOrDefault(name, List.of());
                if (sources.size() != 1) {
                    wrong.add(topic + ": " + name + " is " + (sources.isEmpty() ? "no" : "more than one")
                            + " main class");
                } else if (!uses(sources.get(0), role).contains(topic)) {
                    wrong.add(topic + ": " + name + " is not a " + role.name().toLowerCase() + " of it");
                }
            }
        }));
        assertThat(wrong).as("docs/messages.md, classes that do not do what the topic table says").isEmpty();
    }

    @Test
    void everyClassBoundToATopicByAChannelIsInTheTable() throws IOException {
        Map<String, Map<Role, Set<String>>> table = table();
        List<String> missing = new ArrayList<>();
        mainClasses().forEach((name, sources) -> sources.forEach(source -> {
            for (Role role : Role.values()) {
                for (String topic : channelTopics(source, role)) {
                    if (!table.getOrDefault(topic, Map.of()).getOrDefault(role, Set.of()).contains(name)) {
                        missing.add(topic + ": " + role.name().toLowerCase() + " " + name);
                    }
                }
            }
        }));
        assertThat(missing).as("channels bound to a topic whose class docs/messages.md does not name").isEmpty();
    }

    /** Topic to the classes named in its row's "produced by" and "consumed by" cells. */
    private static Map<String, Map<Role, Set<String>>> table() {
        String doc = Repo.read("docs/messages.md");
        String section = doc.substring(doc.indexOf("## The topics"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        List<String> rows = section.lines().filter(line -> line.startsWith("|")).toList();
        List<String> header = cells(rows.get(0));
        int producers = header.indexOf("produced by");
        int consumers = header.indexOf("consumed by");
        assertThat(producers).as("docs/messages.md's topic table has a 'produced by' column").isNotNegative();
        assertThat(consumers).as("docs/messages.md's topic table has a 'consumed by' column").isNotNegative();
        Map<String, Map<Role, Set<String>>> table = new TreeMap<>();
        for (String row : rows.subList(2, rows.size())) {
            List<String> cells = cells(row);
            Matcher topic = TOPIC.matcher(cells.get(0));
            assertThat(topic.find()).as("a topic in the first cell of %s", row).isTrue();
            Map<Role, Set<String>> roles = Map.of(Role.PRODUCER, classNames(cells.get(producers)),
                    Role.CONSUMER, classNames(cells.get(consumers)));
            assertThat(roles.get(Role.PRODUCER)).as("the producing classes of %s", topic.group(1)).isNotEmpty();
            table.put(topic.group(1), roles);
        }
        return table;
    }

    private static List<String> cells(String row) {
        return Arrays.stream(CELL_SEPARATOR.split(row.substring(1, row.lastIndexOf('|')))).map(String::trim)
                .toList();
    }

    private static Set<String> classNames(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher m = CLASS_NAME.matcher(cell);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Simple name to every main class of that name in the modules, with its module. */
    private static Map<String, List<Source>> mainClasses() throws IOException {
        Map<String, List<Source>> classes = new HashMap<>();
        Matcher modules = MODULE.matcher(Repo.read("pom.xml"));
        while (modules.find()) {
            Path module = Repo.path(modules.group(1));
            Path sources = module.resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    classes.computeIfAbsent(file.getFileName().toString().replace(".java", ""), n -> new ArrayList<>())
                            .add(new Source(module, Files.readString(file)));
                }
            }
        }
        return classes;
    }

    /** The topics the class writes or reads in that role: by its channels, or by naming a {@link Topics} constant. */
    private static Set<String> uses(Source source, Role role) {
        Set<String> topics = channelTopics(source, role);
        for (Field field : Topics.class.getFields()) {
            if (field.getType() == String.class
                    && Pattern.compile("\\bTopics\\." + field.getName() + "\\b").matcher(source.text()).find()) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    /** The topics the class's channels write (outgoing, or an incoming one's dead letters) or read (incoming). */
    private static Set<String> channelTopics(Source source, Role role) {
        Map<String, String> channelNames = channelConstants(source.module());
        Set<String> topics = new HashSet<>();
        Matcher use = CHANNEL_USE.matcher(source.text());
        while (use.find()) {
            String channel = use.group(4) != null ? use.group(4) : channelNames.get(use.group(2) + "." + use.group(3));
            String direction = use.group(1).equals("Incoming") ? "incoming" : "outgoing";
            Matcher binding = BINDING.matcher(properties(source.module()));
            while (binding.find()) {
                if (!binding.group(1).equals(direction) || !binding.group(2).equals(channel)) {
                    continue;
                }
                boolean deadLetters = binding.group(3).startsWith("dead-letter");
                boolean writes = direction.equals("outgoing") || deadLetters;
                if ((role == Role.PRODUCER) == writes) {
                    topics.add(binding.group(4));
                }
            }
        }
        return topics;
    }

    /** {@code TrainerChannels.JOBS} to {@code jobs}, from the module's *Channels classes. */
    private static Map<String, String> channelConstants(Path module) {
        Map<String, String> names = new HashMap<>();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Channels.java")).toList()) {
                String owner = file.getFileName().toString().replace(".java", "");
                Matcher constant = CONSTANT.matcher(Files.readString(file));
                while (constant.find()) {
                    names.put(owner + "." + constant.group(1), constant.group(2));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static String properties(Path module) {
        Path file = module.resolve("src/main/resources/application.properties");
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
