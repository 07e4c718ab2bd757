package io.opencert.scheduling.calendar;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.auditor.AuditorAccess;
import io.opencert.scheduling.auditor.AuditorRepository;
import io.opencert.scheduling.auditor.CalendarToken;
import io.opencert.scheduling.auditor.CalendarTokenRepository;
import io.opencert.scheduling.auditor.UnavailabilityRepository;
import io.opencert.scheduling.auditor.dto.CalendarTokenView;
import io.opencert.scheduling.programme.PlannedAuditRepository;
import io.opencert.scheduling.rules.ProgrammeRule;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/** The secret addresses of auditors' calendar feeds ({@link FeedTokens}); a new token revokes the old one. */
@ApplicationScoped
public class CalendarService {
    private static final String ENTITY = "Auditor";

    private final AuditorRepository auditors;
    private final CalendarTokenRepository tokens;
    private final PlannedAuditRepository plannedAudits;
    private final UnavailabilityRepository unavailability;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Duration validity;

    CalendarService(AuditorRepository auditors, CalendarTokenRepository tokens, PlannedAuditRepository plannedAudits,
                    UnavailabilityRepository unavailability, ChangeLog changeLog, Clock clock,
                    @ConfigProperty(name = "cb.calendar.token-validity") Duration validity) {
        this.auditors = auditors;
        this.tokens = tokens;
        this.plannedAudits = plannedAudits;
        this.unavailability = unavailability;
        this.changeLog = changeLog;
        this.clock = clock;
        this.validity = validity;
    }

    /** @param feedUrl the feed's address for a token */
    @WithTransaction
    public Uni<CalendarTokenView> issue(UUID auditorId, CurrentUser user, Function<String, URI> feedUrl) {
        return auditors.findById(auditorId)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Auditor " + auditorId + " not found."))
                .flatMap(auditor -> {
                    AuditorAccess.requireSelfOr(auditor, user, Roles.CB_ADMIN);
                    if (auditor.hasLeftBy(LocalDate.now(clock))) {
                        throw new RuleViolation(ProgrammeRule.AUDITOR_ALREADY_LEFT, auditor.username
                                + " left the certification body on " + auditor.leftOn() + "; their calendar is closed.");
                    }
                    String token = FeedTokens.newToken();
                    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                    return tokens.findById(auditor.id)
                            .flatMap(existing -> {
                                CalendarToken current = existing != null ? existing : new CalendarToken();
                                current.auditorId = auditor.id;
                                current.tokenHash = FeedTokens.hash(token);
                                current.createdAt = now;
                                return existing != null ? Uni.createFrom().item(current) : tokens.persist(current);
                            })
                            .call(() -> changeLog.record(user.username(), ENTITY, auditor.id, "CALENDAR_TOKEN_ISSUED",
                                    "calendar feed address for " + auditor.username + " issued; any earlier one revoked"))
                            .map(saved -> new CalendarTokenView(auditor.id, token, feedUrl.apply(token), now,
                                    now.plus(validity)));
                });
    }

    @WithTransaction
    public Uni<Void> revoke(UUID auditorId, CurrentUser user) {
        return auditors.findById(auditorId)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Auditor " + auditorId + " not found."))
                .flatMap(auditor -> {
                    AuditorAccess.requireSelfOr(auditor, user, Roles.CB_ADMIN);
                    return tokens.deleteById(auditor.id).call(deleted -> deleted
                            ? changeLog.record(user.username(), ENTITY, auditor.id, "CALENDAR_TOKEN_REVOKED",
                            "calendar feed address for " + auditor.username + " revoked")
                            : Uni.createFrom().voidItem());
                })
                .replaceWithVoid();
    }

    /** The feed behind a token; 404 for a token that is unknown, revoked, replaced or expired. */
    @WithSession
    public Uni<String> feed(String token) {
        if (!FeedTokens.isWellFormed(token)) {
            return Uni.createFrom().failure(unknownCalendar());
        }
        return tokens.findByHash(FeedTokens.hash(token))
                .onItem().ifNull().failWith(CalendarService::unknownCalendar)
                .invoke(found -> {
                    if (FeedTokens.expired(found.createdAt, validity, clock.instant())) {
                        throw FeedTokens.expiredCalendar();
                    }
                })
                .flatMap(found -> auditors.findById(found.auditorId))
                .onItem().ifNull().failWith(CalendarService::unknownCalendar)
                .invoke(auditor -> {
                    if (auditor.hasLeftBy(LocalDate.now(clock))) {
                        throw unknownCalendar();
                    }
                })
                .flatMap(auditor -> plannedAudits.bookedFor(auditor.username)
                        .flatMap(audits -> unavailability.of(auditor.id).list()
                                .map(periods -> AuditorCalendar.render(auditor.name, audits, periods,
                                        clock.instant()))));
    }

    static NotFoundProblem unknownCalendar() {
        return new NotFoundProblem("No calendar at this address; it may have been revoked.");
    }
}
