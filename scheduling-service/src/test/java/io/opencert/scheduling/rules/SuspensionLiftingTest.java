package io.opencert.scheduling.rules;

import io.opencert.events.model.AuditType;
import io.opencert.scheduling.rules.SuspensionLifting.OpenAudit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SuspensionLiftingTest {
    private static final LocalDate SUSPENDED_ON = LocalDate.of(2029, 3, 2);
    private static final LocalDate SUSPENDED_UNTIL = LocalDate.of(2029, 9, 2);

    /** Each audit still due is written type@dueBy; the expected one by its position, or "none". */
    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MISSED_SURVEILLANCE            | SURVEILLANCE@2029-03-01 SURVEILLANCE@2030-03-01 RECERTIFICATION@2030-11-28 | 0
            MISSED_SURVEILLANCE            | RECERTIFICATION@2030-11-28 SURVEILLANCE@2030-03-01 SURVEILLANCE@2029-03-01 | 2
            MISSED_SURVEILLANCE            | SURVEILLANCE@2030-03-01 SURVEILLANCE@2029-03-01 SURVEILLANCE@2028-03-01    | 2
            MISSED_SURVEILLANCE            | SURVEILLANCE@2029-03-02 RECERTIFICATION@2030-11-28                         | none
            MISSED_SURVEILLANCE            | CLOUD_EXTENSION@2029-01-15 RECERTIFICATION@2029-02-28                      | none
            UNRESOLVED_MAJOR_NONCONFORMITY | SURVEILLANCE@2029-03-01 RECERTIFICATION@2030-11-28                         | none
            CLIENT_REQUEST                 | SURVEILLANCE@2029-03-01 RECERTIFICATION@2030-11-28                         | none
            MISUSE_OF_MARK                 | SURVEILLANCE@2029-03-01 RECERTIFICATION@2030-11-28                         | none
            """)
    void onlyTheSurveillanceMissedBeforeTheSuspensionLiftsOneForAMissedSurveillance(String reason, String stillDue,
                                                                                   String lifting) {
        List<OpenAudit> audits = Arrays.stream(stillDue.split(" "))
                .map(audit -> audit.split("@"))
                .map(audit -> new OpenAudit(UUID.randomUUID(), AuditType.valueOf(audit[0]), LocalDate.parse(audit[1])))
                .toList();

        assertThat(SuspensionLifting.liftingAudit(reason, SUSPENDED_ON, audits)).isEqualTo(lifting.equals("none")
                ? Optional.empty() : Optional.of(audits.get(Integer.parseInt(lifting)).id()));
    }

    @ParameterizedTest(name = "last day {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2029-03-12 | bookable
            2029-09-02 | bookable
            2029-09-03 | suspension-ends-before-audit
            2029-09-10 | suspension-ends-before-audit
            """)
    void theSurveillanceLiftingASuspensionEndsOnTheSuspensionsLastDayAtTheLatest(LocalDate end, String outcome) {
        assertThat(SuspensionLifting.checkLastDay(end, SUSPENDED_UNTIL)
                .map(refusal -> refusal.rule().slug())
                .orElse("bookable"))
                .isEqualTo(outcome);
    }
}
