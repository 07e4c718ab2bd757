package io.opencert.commons.deadletter;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.ProcessedEvent;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The dead letters of this service, for cb-admin to inspect and replay once the cause is fixed. */
@Path("/api/v1/admin/dead-letters")
@RolesAllowed(Roles.CB_ADMIN)
@Tag(name = "Dead letters", description = "Records this service could not consume, and their replay")
public class DeadLetterResource {
    private static final String ENTITY = "DeadLetter";

    private final DeadLetters deadLetters;
    private final EventConsumer consumer;
    private final ChangeLog changeLog;
    private final CurrentUser user;

    DeadLetterResource(DeadLetters deadLetters, EventConsumer consumer, ChangeLog changeLog, CurrentUser user) {
        this.deadLetters = deadLetters;
        this.consumer = consumer;
        this.changeLog = changeLog;
        this.user = user;
    }

    @GET
    @Operation(summary = "This service's dead letters",
            description = "Every record of this service's dead-letter topics that its consumer gave up, with the "
                    + "reason, where it came from, and whether its event has been applied here since.")
    public Uni<List<DeadLetter>> list() {
        return offTheEventLoop(deadLetters::list)
                .flatMap(DeadLetterResource::withProcessed)
                .map(letters -> letters.stream().map(DeadLetter::summary).toList());
    }

    @GET
    @Path("{topic}/{partition}/{offset}")
    @Operation(summary = "One dead letter, with its event's data")
    public Uni<DeadLetter> find(@PathParam("topic") String topic, @PathParam("partition") int partition,
                                @PathParam("offset") long offset) {
        return offTheEventLoop(() -> deadLetters.find(topic, partition, offset))
                .map(found -> found.orElseThrow(() -> notFound(topic, partition, offset)))
                .flatMap(letter -> withProcessed(List.of(letter)).map(List::getFirst));
    }

    @POST
    @Path("{topic}/{partition}/{offset}/replay")
    @Operation(summary = "Apply the dead letter's event here now, once",
            description = "Through this service's idempotent inbox, as its consumer would have applied it: an event "
                    + "applied before (by an earlier replay) changes nothing. Refused with 409 when the consumer "
                    + "would refuse it again or its effect fails again; the dead letter stays for a later replay.")
    public Uni<DeadLetter> replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
                                  @PathParam("offset") long offset) {
        String actor = user.username();
        return offTheEventLoop(() -> deadLetters.find(topic, partition, offset))
                .map(found -> found.orElseThrow(() -> notFound(topic, partition, offset)))
                .flatMap(letter -> Uni.createFrom().deferred(() -> consumer.replay(letter.event(), letter.originalTopic()))
                        .onFailure().transform(error -> new ProblemException(409, "dead-letter-fails-again",
                                "The dead letter's event cannot be applied", error.getMessage()))
                        .call(applied -> Panache.withTransaction(() -> changeLog.record(actor, ENTITY,
                                topic + "/" + partition + "/" + offset, "REPLAYED", "event " + letter.eventId() + " ("
                                        + letter.eventType() + ") " + (applied ? "applied" : "had been applied before"))))
                        .replaceWith(letter.processedHere(true)));
    }

    /** Runs the blocking Kafka work on a worker thread and comes back to this request's context for the database. */
    private static <T> Uni<T> offTheEventLoop(Supplier<T> work) {
        Context context = Objects.requireNonNull(Vertx.currentContext(), "no Vert.x context");
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private static Uni<List<DeadLetter>> withProcessed(List<DeadLetter> letters) {
        List<UUID> ids = letters.stream().map(DeadLetter::eventId).map(DeadLetterResource::uuid)
                .flatMap(Optional::stream).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(letters);
        }
        return Panache.withSession(() -> ProcessedEvent.<ProcessedEvent>list("eventId in ?1", ids))
                .map(processed -> {
                    Set<String> applied = processed.stream().map(event -> event.eventId.toString())
                            .collect(Collectors.toSet());
                    return letters.stream().map(letter -> letter.processedHere(applied.contains(letter.eventId())))
                            .toList();
                });
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static NotFoundProblem notFound(String topic, int partition, long offset) {
        return new NotFoundProblem("No dead letter of this service at " + topic + " partition " + partition
                + " offset " + offset + ".");
    }
}
