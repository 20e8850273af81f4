package io.transferlab.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/** Reading consumed records in tests; plain Kafka types only, so tests outside Quarkus can use it too. */
public final class Records {

    private Records() {
    }

    /** The last value of a header as UTF-8 text (e.g. dead-letter-reason), or null if the record has none. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
