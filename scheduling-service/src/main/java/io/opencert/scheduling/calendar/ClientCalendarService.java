package io.opencert.scheduling.calendar;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.opencert.scheduling.calendar.dto.ClientCalendarTokenView;
import io.opencert.scheduling.programme.PlannedAuditRepository;
import io.opencert.scheduling.programme.ProgrammeRepository;
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

/**
 * The secret addresses of client organisations' calendar feeds of upcoming audits ({@link FeedTokens}); one per
 * organisation, a new one revokes the old one. Client users keep their own organisation's; planning staff any.
 */
@ApplicationScoped
public class ClientCalendarService {
    private static final String ENTITY = "ClientCalendar";

    private final ProgrammeRepository programmes;
    private final PlannedAuditRepository plannedAudits;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Duration validity;

    ClientCalendarService(ProgrammeRepository programmes, PlannedAuditRepository plannedAudits, ChangeLog changeLog,
                          Clock clock, @ConfigProperty(name = "cb.calendar.token-validity") Duration validity) {
        this.programmes = programmes;
        this.plannedAudits = plannedAudits;
        this.changeLog = changeLog;
        this.clock = clock;
        this.validity = validity;
    }

    /** @param feedUrl the feed's address for a token */
    @WithTransaction
    public Uni<ClientCalendarTokenView> issue(UUID clientId, CurrentUser user, Function<String, URI> feedUrl) {
        return requireClient(clientId, user).flatMap(ignored -> {
            String token = FeedTokens.newToken();
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            return ClientCalendarToken.<ClientCalendarToken>findById(clientId)
                    .flatMap(existing -> {
                        ClientCalendarToken current = existing != null ? existing : new ClientCalendarToken();
                        current.clientId = clientId;
                        current.tokenHash = FeedTokens.hash(token);
                        current.createdAt = now;
                        return existing != null ? Uni.createFrom().item(current) : current.persist();
                    })
                    .call(() -> changeLog.record(user.username(), ENTITY, clientId, "CALENDAR_TOKEN_ISSUED",
                            "calendar feed address of client " + clientId + " issued; any earlier one revoked"))
                    .map(saved -> new ClientCalendarTokenView(clientId, token, feedUrl.apply(token), now,
                            now.plus(validity)));
        });
    }

    @WithTransaction
    public Uni<Void> revoke(UUID clientId, CurrentUser user) {
        return requireClient(clientId, user)
                .flatMap(ignored -> ClientCalendarToken.deleteById(clientId))
                .call(deleted -> deleted
                        ? changeLog.record(user.username(), ENTITY, clientId, "CALENDAR_TOKEN_REVOKED",
                        "calendar feed address of client " + clientId + " revoked")
                        : Uni.createFrom().voidItem())
                .replaceWithVoid();
    }

    /** The client's booked audits from today on; 404 for a token that is unknown, revoked, replaced or expired. */
    @WithSession
    public Uni<String> feed(String token) {
        if (!FeedTokens.isWellFormed(token)) {
            return Uni.createFrom().failure(CalendarService.unknownCalendar());
        }
        return ClientCalendarToken.<ClientCalendarToken>find("tokenHash", FeedTokens.hash(token)).firstResult()
                .onItem().ifNull().failWith(CalendarService::unknownCalendar)
                .invoke(found -> {
                    if (FeedTokens.expired(found.createdAt, validity, clock.instant())) {
                        throw FeedTokens.expiredCalendar();
                    }
                })
                .flatMap(found -> programmes.listed(found.clientId).firstResult()
                        .flatMap(latest -> plannedAudits.upcomingOf(found.clientId, LocalDate.now(clock))
                                .map(audits -> ClientCalendar.render(latest.clientName, audits, clock.instant()))));
    }

    /** A client known here (it has a programme) that the user may see; the same 404 otherwise. */
    private Uni<Void> requireClient(UUID clientId, CurrentUser user) {
        user.requireAccessTo(clientId, "Client " + clientId);
        return programmes.count("clientId", clientId).invoke(count -> {
            if (count == 0) {
                throw new NotFoundProblem("Client " + clientId + " not found.");
            }
        }).replaceWithVoid();
    }
}
