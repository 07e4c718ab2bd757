package io.opencert.scheduling.programme;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A certification body that rotates the lead auditor of surveillance audits. */
public class LeadRotationTestProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cb.scheduling.surveillance-lead-rotation", "true");
    }
}
