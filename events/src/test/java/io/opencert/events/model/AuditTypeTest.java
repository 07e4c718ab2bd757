package io.opencert.events.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTypeTest {

    @Test
    void aScopeExtensionLikeTheOtherCertifyingAuditsNeedsACertificationDecision() {
        assertThat(Arrays.stream(AuditType.values()).filter(AuditType::leadsToCertificationDecision))
                .containsExactlyInAnyOrder(AuditType.STAGE_2, AuditType.RECERTIFICATION, AuditType.SPECIAL,
                        AuditType.CLOUD_EXTENSION, AuditType.SCOPE_EXTENSION);
    }
}
