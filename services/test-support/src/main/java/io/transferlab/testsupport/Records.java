package io.transferlab.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Reading consumed records in tests; plain Kafka types only, so tests outside Quarkus can use it too. */
public final class Records {

    private Records() {
    }

    /** The last value of a header as UTF-8 text (e.g. dead-letter-reason), or null if the record has none. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every header as UTF-8 text, the last value where a name repeats. */
    public static Map<String, String> headers(ConsumerRecord<String, String> record) {
        return StreamSupport.stream(record.headers().spliterator(), false).collect(Collectors.toMap(Header::key,
                h -> new String(h.value(), StandardCharsets.UTF_8), (first, last) -> last));
    }
}
