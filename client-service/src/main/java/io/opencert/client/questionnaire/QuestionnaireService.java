package io.opencert.client.questionnaire;

import io.opencert.client.client.ClientRepository;
import io.opencert.client.client.ClientService;
import io.opencert.client.client.ReviewedFacts;
import io.opencert.client.client.ClientSite;
import io.opencert.client.client.TransferCertificate;
import io.opencert.client.concurrency.Preconditions;
import io.opencert.client.questionnaire.dto.QuestionnaireAnswers;
import io.opencert.client.questionnaire.dto.QuestionnaireSummary;
import io.opencert.client.questionnaire.dto.QuestionnaireView;
import io.opencert.client.questionnaire.dto.Review;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A client user fills in the questionnaire of its own organisation (staff may too); staff review it. */
@ApplicationScoped
public class QuestionnaireService {
    public static final String ENTITY = "Questionnaire";

    private final QuestionnaireRepository questionnaires;
    private final ClientRepository clients;
    private final ClientService clientRecords;
    private final ChangeLog changeLog;
    private final CurrentUser user;
    private final Clock clock;

    QuestionnaireService(QuestionnaireRepository questionnaires, ClientRepository clients, ClientService clientRecords,
                         ChangeLog changeLog, CurrentUser user, Clock clock) {
        this.questionnaires = questionnaires;
        this.clients = clients;
        this.clientRecords = clientRecords;
        this.changeLog = changeLog;
        this.user = user;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<QuestionnaireView> submit(QuestionnaireAnswers answers) {
        user.requireAccessTo(answers.clientId(), "Client");
        requireCoherent(answers);
        return clients.findById(answers.clientId()).flatMap(client -> {
            if (client == null) {
                throw new InvalidInput("clientId", "no client is registered with this id");
            }
            Questionnaire questionnaire = new Questionnaire();
            questionnaire.clientId = client.id;
            apply(questionnaire, answers);
            return questionnaires.persist(questionnaire)
                    .call(() -> changeLog.record(user.username(), ENTITY, questionnaire.id, "submitted",
                            "for client " + client.id + ": " + summary(questionnaire)))
                    .map(QuestionnaireView::of).map(this::asSeen);
        });
    }

    @WithSession
    public Uni<QuestionnaireView> get(UUID id) {
        return visible(id).map(QuestionnaireView::of).map(this::asSeen);
    }

    /** What the caller may see of it: a client user not the body's own review of a transfer. */
    private QuestionnaireView asSeen(QuestionnaireView view) {
        return user.isClientUser() ? view.forClientUser() : view;
    }

    /** New answers to a questionnaire read at version {@code ifMatch}, until it is reviewed; submitted again. */
    @WithTransaction
    public Uni<QuestionnaireView> answer(UUID id, String ifMatch, QuestionnaireAnswers answers) {
        return visible(id).flatMap(questionnaire -> {
            Preconditions.requireVersion(ifMatch, questionnaire.version, "questionnaire-changed", "questionnaire");
            if (!questionnaire.clientId.equals(answers.clientId())) {
                throw new InvalidInput("clientId", "is the questionnaire's client and cannot change");
            }
            requireCoherent(answers);
            questionnaire.requireOpenForAnswers();
            apply(questionnaire, answers);
            return questionnaires.flush()
                    .call(() -> changeLog.record(user.username(), ENTITY, questionnaire.id, "answered",
                            summary(questionnaire)))
                    .map(ignored -> asSeen(QuestionnaireView.of(questionnaire)));
        });
    }

    /** REVIEWED makes the questionnaire's facts the client's record (announced as ClientUpdated). */
    @WithTransaction
    public Uni<QuestionnaireView> review(UUID id, Review review) {
        if (review.outcome() == Questionnaire.Status.SUBMITTED) {
            throw new InvalidInput("outcome", "must be REVIEWED or RETURNED");
        }
        boolean noted = review.note() != null && !review.note().isBlank();
        if (review.outcome() == Questionnaire.Status.RETURNED && !noted) {
            throw new InvalidInput("note", "say what the client is to complete or correct");
        }
        return visible(id).flatMap(questionnaire -> {
            questionnaire.review(review.outcome(), noted ? review.note().strip() : null,
                    blankToNull(review.preTransferReview()), review.openMajorNonconformities(), user.username(),
                    clock.instant());
            if (review.outcome() == Questionnaire.Status.REVIEWED && review.technicalAreas() != null) {
                questionnaire.confirmTechnicalAreas(review.technicalAreas());
            }
            return questionnaires.flush()
                    .call(() -> changeLog.record(user.username(), ENTITY, questionnaire.id,
                            review.outcome().name().toLowerCase(), noted ? review.note().strip() : ""))
                    .call(() -> questionnaire.status == Questionnaire.Status.REVIEWED
                            ? clientRecords.takeOverReviewedFacts(questionnaire.clientId, new ReviewedFacts(
                            questionnaire.sites, questionnaire.services, questionnaire.scope, questionnaire.standards,
                            questionnaire.cloudServiceModels, questionnaire.cloudDeploymentModels,
                            questionnaire.transfer))
                            : Uni.createFrom().voidItem())
                    .map(ignored -> QuestionnaireView.of(questionnaire));
        });
    }

    /** Staff search any client's; a client user gets only its own organisation's. */
    @WithSession
    public Uni<Page<QuestionnaireSummary>> list(UUID clientId, Questionnaire.Status status, PageRequest page) {
        UUID of = user.isClientUser() ? user.clientId().orElseThrow(() -> new NotFoundProblem("Client not found."))
                : clientId;
        if (clientId != null) {
            user.requireAccessTo(clientId, "Client");
        }
        return Page.of(questionnaires.search(of, status), page, QuestionnaireSummary::of);
    }

    /** The questionnaire with all its answers, for the quotation calculated from it; within the caller's session. */
    public Uni<Questionnaire> complete(UUID id) {
        return questionnaires.findComplete(id).map(found -> found
                .filter(questionnaire -> user.maySee(questionnaire.clientId))
                .orElseThrow(() -> new InvalidInput("questionnaireId", "no questionnaire has this id")));
    }

    private Uni<Questionnaire> visible(UUID id) {
        return questionnaires.findComplete(id).map(found -> found
                .filter(questionnaire -> user.maySee(questionnaire.clientId))
                .orElseThrow(() -> new NotFoundProblem(ENTITY + " not found.")));
    }

    private void requireCoherent(QuestionnaireAnswers answers) {
        List<Problem.Violation> violations = QuestionnaireRules.violations(answers, LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", violations.stream()
                    .map(violation -> violation.field() + ": " + violation.message())
                    .collect(Collectors.joining("; ")), violations);
        }
    }

    private void apply(Questionnaire questionnaire, QuestionnaireAnswers answers) {
        questionnaire.status = Questionnaire.Status.SUBMITTED;
        questionnaire.scope = answers.scope().strip();
        questionnaire.services.clear();
        answers.services().forEach(service -> questionnaire.services.add(service.strip()));
        questionnaire.technicalAreas.clear();
        questionnaire.technicalAreas.addAll(answers.technicalAreas());
        questionnaire.sites.clear();
        answers.sites().forEach(site -> questionnaire.sites.add(new ClientSite(UUID.randomUUID(), site.name().strip(),
                site.city().strip(), site.country(), site.centralFunction(), site.persons())));
        questionnaire.standards.clear();
        questionnaire.standards.addAll(answers.standards());
        questionnaire.cloudServiceModels.clear();
        questionnaire.cloudServiceModels.addAll(answers.cloudServiceModels());
        questionnaire.cloudDeploymentModels.clear();
        questionnaire.cloudDeploymentModels.addAll(answers.cloudDeploymentModels());
        questionnaire.serviceComplexity = answers.serviceComplexity();
        questionnaire.suppliers = answers.suppliers();
        questionnaire.outsourcedProcesses = blankToNull(answers.outsourcedProcesses());
        questionnaire.integratedSystem = answers.integratedSystem();
        QuestionnaireAnswers.Transfer transfer = answers.transfer();
        questionnaire.transfer = transfer == null ? null : new TransferCertificate(transfer.certificateNumber().strip(),
                transfer.body().strip(), transfer.expiry(), transfer.openNonconformities());
        questionnaire.submittedAt = clock.instant();
        questionnaire.submittedBy = user.username();
        questionnaire.reviewedAt = null;
        questionnaire.reviewedBy = null;
        questionnaire.reviewNote = null;
        questionnaire.preTransferReview = null;
        questionnaire.preTransferOpenMajors = null;
    }

    private static String summary(Questionnaire questionnaire) {
        return questionnaire.persons() + " persons at " + questionnaire.sites.size() + " site(s), standards "
                + questionnaire.standards + (questionnaire.transfer == null ? ""
                : ", transfer of " + questionnaire.transfer);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
