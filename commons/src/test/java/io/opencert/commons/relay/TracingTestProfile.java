package io.opencert.commons.relay;

import java.util.HashMap;
import java.util.Map;

/** The test application with every trace sampled, and exported to {@link RecordedSpans} at once. */
public class TracingTestProfile extends RelayTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.otel.traces.sampler.arg", "1.0");
        overrides.put("quarkus.otel.bsp.schedule.delay", "100ms");
        return overrides;
    }
}
