package io.opencert.events.audit;

import io.opencert.events.EventPayload;
import io.opencert.events.model.OverdueNonconformity;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A major nonconformity of a stage 2 audit was not verified within 6 months of the last day of stage 2: its correction
 * was not verified on or before {@code deadline} ({@code lastDayOfStage2} plus 6 months). Stage 2 is to be repeated
 * before certification: certificate-service no longer grants the initial certification on this stage 2 (the decision
 * is refused by the rule {@code stage-2-major-not-verified-in-time}), and scheduling-service plans a repeated stage 2
 * in the programme.
 * <p>
 * Published once per stage 2 audit, by audit-service's daily job on its first run after the deadline, with every major
 * nonconformity of the audit that missed it ({@code nonconformities}, never empty, in the order they were recorded;
 * status {@code VERIFIED} when it was verified, but late).
 *
 * @param detectedAt when the job found the deadline missed
 */
public record Stage2RepetitionRequiredV1(UUID auditId, UUID programmeId, UUID clientId, String clientName,
                                         List<Standard> standards, List<OverdueNonconformity> nonconformities,
                                         LocalDate lastDayOfStage2, LocalDate deadline,
                                         Instant detectedAt) implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
