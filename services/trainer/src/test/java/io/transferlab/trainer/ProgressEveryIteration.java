package io.transferlab.trainer;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The profile of every trainer test that starts the service: progress events every iteration, so a test can tell
 * where a job started training. One profile for all of them, so Quarkus starts once per test run.
 */
public class ProgressEveryIteration implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("transferlab.trainer.progress-every", "1");
    }
}
