package io.transferlab.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.infra.LocalServers;
import io.transferlab.infra.ServerEnv;

import java.util.Map;

/**
 * Points a Quarkus test at the real Kafka broker and S3 server: those the suite started (environment), or ones
 * started once for this test JVM. They outlive the Quarkus application, so they are not stopped here.
 *
 * <p>Fields annotated {@link InjectKafkaCompanion} receive a {@link KafkaCompanion} on that broker (Quarkus' own
 * companion resource would start a container instead).
 */
public class LocalServersResource implements QuarkusTestResourceLifecycleManager {

    private KafkaCompanion companion;

    @Override
    public Map<String, String> start() {
        ServerEnv env = LocalServers.shared().env();
        companion = new KafkaCompanion(env.kafkaBootstrapServers());
        return Map.of(
                "kafka.bootstrap.servers", env.kafkaBootstrapServers(),
                "transferlab.storage.endpoint", env.s3Endpoint(),
                "transferlab.storage.bucket", env.bucket(),
                "transferlab.storage.access-key", env.accessKey(),
                "transferlab.storage.secret-key", env.secretKey());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(companion,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaCompanion.class, KafkaCompanion.class));
    }

    @Override
    public void stop() {
        if (companion != null) {
            companion.close();
            companion = null;
        }
    }
}
