package io.opencert.scheduling.auditor;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.auditor.dto.UnavailabilityRequest;
import io.opencert.scheduling.auditor.dto.UnavailabilityView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Days auditors cannot audit. Planning staff, the administrator and the auditor themself keep them; booking a team
 * refuses anyone unavailable on a day of the audit.
 */
@ApplicationScoped
public class AvailabilityService {
    private static final String ENTITY = "AuditorUnavailability";
    private static final String[] KEEPERS = {Roles.CB_ADMIN, Roles.CB_STAFF};

    private final AuditorRepository auditors;
    private final UnavailabilityRepository unavailability;
    private final ChangeLog changeLog;
    private final Clock clock;

    AvailabilityService(AuditorRepository auditors, UnavailabilityRepository unavailability, ChangeLog changeLog,
                        Clock clock) {
        this.auditors = auditors;
        this.unavailability = unavailability;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Locks the auditor's register entry as booking does, so that a booking and a new unavailability of the same
     * person take turns and the later one sees the earlier one.
     */
    @WithTransaction
    public Uni<UnavailabilityView> add(UUID auditorId, UnavailabilityRequest request, CurrentUser user) {
        return auditors.find("id", auditorId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> notFound(auditorId))
                .flatMap(auditor -> {
                    AuditorAccess.requireSelfOr(auditor, user, KEEPERS);
                    if (request.to().isBefore(request.from())) {
                        throw new InvalidInput("to", "must not be before from");
                    }
                    Unavailability period = new Unavailability();
                    period.id = UUID.randomUUID();
                    period.auditorId = auditor.id;
                    period.fromDate = request.from();
                    period.toDate = request.to();
                    period.reason = request.reason();
                    period.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
                    period.createdBy = user.username();
                    period.createdAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                    return unavailability.persist(period)
                            .call(() -> changeLog.record(user.username(), ENTITY, period.id, "CREATED",
                                    auditor.username + " unavailable from " + period.fromDate + " to "
                                            + period.toDate + " (" + period.reason + ")"))
                            .map(UnavailabilityView::of);
                });
    }

    @WithSession
    public Uni<Page<UnavailabilityView>> list(UUID auditorId, PageRequest page, CurrentUser user) {
        return auditors.findById(auditorId)
                .onItem().ifNull().failWith(() -> notFound(auditorId))
                .flatMap(auditor -> {
                    AuditorAccess.requireSelfOr(auditor, user, KEEPERS);
                    return Page.of(unavailability.of(auditor.id), page, UnavailabilityView::of);
                });
    }

    @WithTransaction
    public Uni<Void> delete(UUID auditorId, UUID unavailabilityId, CurrentUser user) {
        return auditors.findById(auditorId)
                .onItem().ifNull().failWith(() -> notFound(auditorId))
                .flatMap(auditor -> {
                    AuditorAccess.requireSelfOr(auditor, user, KEEPERS);
                    return unavailability.findById(unavailabilityId)
                            .onItem().ifNull().failWith(() -> new NotFoundProblem("Unavailability " + unavailabilityId
                                    + " of auditor " + auditorId + " not found."))
                            .flatMap(period -> {
                                if (!period.auditorId.equals(auditor.id)) {
                                    throw new NotFoundProblem("Unavailability " + unavailabilityId
                                            + " of auditor " + auditorId + " not found.");
                                }
                                return unavailability.delete(period)
                                        .call(() -> changeLog.record(user.username(), ENTITY, period.id, "DELETED",
                                                auditor.username + " available again from " + period.fromDate
                                                        + " to " + period.toDate));
                            });
                });
    }

    private static NotFoundProblem notFound(UUID auditorId) {
        return new NotFoundProblem("Auditor " + auditorId + " not found.");
    }
}
