package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.events.model.TeamMember;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who took part in a client's certification: the members of its audit teams and its decision-makers, whom the handling
 * of a complaint about the client or of an appeal against a decision keeps out. Runs in the caller's session.
 */
@ApplicationScoped
public class Involvement {

    /** A decision as an appeal against it sees it: whose, what, when, and who took part in it. */
    public record AppealedDecision(UUID id, UUID clientId, DecisionKind kind, boolean decided, boolean refused,
                                   LocalDate decisionDate, Set<String> involved) {
    }

    /** Everyone on a team of an audit of the client, and everyone who decided on its certification. */
    public Uni<Set<String>> inClient(UUID clientId) {
        return CompletedAudit.teamsOfClient(clientId).flatMap(teams -> Decision.<Decision>list(
                        "clientId = ?1 and decidedBy is not null", clientId)
                .map(decisions -> {
                    Set<String> involved = names(teams);
                    decisions.forEach(decision -> involved.add(decision.decidedBy));
                    return involved;
                }));
    }

    /** The decision with its decision-maker and the teams of the audits of its cycle; 404 if there is none. */
    public Uni<AppealedDecision> inDecision(UUID decisionId) {
        return Decision.<Decision>findById(decisionId)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Certification decision " + decisionId
                        + " not found."))
                .flatMap(decision -> CompletedAudit.teamsOfCycle(decision.programmeId(), decision.team())
                        .map(teams -> {
                            Set<String> involved = names(teams);
                            if (decision.decidedBy != null) {
                                involved.add(decision.decidedBy);
                            }
                            return new AppealedDecision(decision.id, decision.clientId, decision.kind,
                                    !decision.status.pending(), decision.status == DecisionStatus.REFUSED,
                                    decision.decisionDate, involved);
                        }));
    }

    private static Set<String> names(Iterable<TeamMember> teams) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        teams.forEach(member -> names.add(member.username()));
        return names;
    }
}
