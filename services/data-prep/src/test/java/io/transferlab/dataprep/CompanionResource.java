package io.transferlab.dataprep;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.infra.LocalServers;

import java.util.Map;

/**
 * Injects a {@link KafkaCompanion} on the real broker into {@code @InjectKafkaCompanion} fields. Quarkus' own companion
 * resource starts a broker container, which these machines cannot run; this one uses the broker that
 * {@link io.transferlab.testsupport.LocalServersResource} points the service at (the same per-JVM instance).
 */
public class CompanionResource implements QuarkusTestResourceLifecycleManager {

    private KafkaCompanion companion;

    @Override
    public Map<String, String> start() {
        companion = new KafkaCompanion(LocalServers.shared().env().kafkaBootstrapServers());
        return Map.of();
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
        }
    }
}
