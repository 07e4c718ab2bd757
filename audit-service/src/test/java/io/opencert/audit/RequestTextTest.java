package io.opencert.audit;

import io.opencert.commons.testing.TextCaps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTextTest {
    @Test
    void everyTextOfEveryRequestBodyHasALengthCap() {
        assertThat(TextCaps.uncapped("io.opencert.audit")).isEmpty();
    }
}
