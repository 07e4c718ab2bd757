package io.opencert.audit.audit;

import io.opencert.events.model.TeamRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditorsOnlyTest {

    @ParameterizedTest(name = "{0} records findings and verifies nonconformities: {1}")
    @CsvSource({
            "LEAD_AUDITOR, true",
            "AUDITOR, true",
            "TECHNICAL_EXPERT, false"
    })
    void onlyTheLeadAuditorAndTheAuditorsJudgeTheEvidence(TeamRole role, boolean allowed) {
        assertThat(AuditorsOnly.allows(role)).isEqualTo(allowed);
    }
}
