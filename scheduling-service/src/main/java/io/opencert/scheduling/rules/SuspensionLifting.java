package io.opencert.scheduling.rules;

import io.opencert.events.model.AuditType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import static io.opencert.scheduling.rules.ProgrammeRule.SUSPENSION_ENDS_BEFORE_AUDIT;

/**
 * The audit a suspended certificate can still have (ISO/IEC 17021-1 9.6.5). A certificate suspended because its
 * surveillance was missed is reinstated once that surveillance is held, so the surveillance must stay bookable
 * while the suspension lasts, although its due window has closed. The other reasons (an unresolved major
 * nonconformity, the client's request, misuse of the mark) are not lifted by a planned audit: every audit waits.
 */
public final class SuspensionLifting {
    static final String MISSED_SURVEILLANCE = "MISSED_SURVEILLANCE";

    /** An audit of the suspended certificate's programme that is not done yet: planned, booked or on hold. */
    public record OpenAudit(UUID id, AuditType type, LocalDate dueBy) {
    }

    /**
     * The audit that can lift a suspension for {@code reason} from {@code suspendedOn}: for a missed surveillance,
     * the earliest open surveillance due before the suspension (the one reported overdue); none for other reasons.
     */
    public static Optional<UUID> liftingAudit(String reason, LocalDate suspendedOn, Collection<OpenAudit> open) {
        if (!MISSED_SURVEILLANCE.equals(reason)) {
            return Optional.empty();
        }
        return open.stream()
                .filter(audit -> audit.type() == AuditType.SURVEILLANCE && audit.dueBy().isBefore(suspendedOn))
                .min(Comparator.comparing(OpenAudit::dueBy))
                .map(OpenAudit::id);
    }

    /**
     * The last day on site of the audit lifting a suspension: the suspension's last day at the latest; after it the
     * certificate is withdrawn and there is nothing left to lift. Like every audit, it starts today at the earliest
     * ({@link BookingWindow#notInThePast}).
     */
    public static Optional<Refusal> checkLastDay(LocalDate end, LocalDate suspendedUntil) {
        if (end.isAfter(suspendedUntil)) {
            return Optional.of(new Refusal(SUSPENSION_ENDS_BEFORE_AUDIT, "The certificate's suspension ends on "
                    + suspendedUntil + ", before the audit's last day " + end + "; the surveillance that lifts it "
                    + "has to be held by then."));
        }
        return Optional.empty();
    }

    private SuspensionLifting() {
    }
}
