package io.transferlab.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** server.properties of a single-node KRaft cluster (broker and controller in one process) on loopback. */
record KafkaServerConfig(int brokerPort, int controllerPort, Path logDir) {

    private static final int NODE_ID = 1;

    String bootstrapServers() {
        return Ports.HOST + ":" + brokerPort;
    }

    Path writeTo(Path file) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + Ports.HOST + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + bootstrapServers() + ",CONTROLLER://" + Ports.HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        // One node: every internal topic must fit on it, or the broker waits forever for replicas.
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // As every broker TransferLab runs on must be: topics come from the topic setup only, never from a client's
        // first request (an auto-created topic has one partition and delete retention; producers always ask).
        p.setProperty("auto.create.topics.enable", "false");
        // Consumers in tests join one at a time; the default 3 s delay would only slow every first poll.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "TransferLab local broker");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
