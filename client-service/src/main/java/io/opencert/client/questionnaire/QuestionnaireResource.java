package io.opencert.client.questionnaire;

import io.opencert.client.concurrency.Preconditions;
import io.opencert.client.questionnaire.dto.QuestionnaireAnswers;
import io.opencert.client.questionnaire.dto.QuestionnaireSummary;
import io.opencert.client.questionnaire.dto.QuestionnaireView;
import io.opencert.client.questionnaire.dto.Review;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/questionnaires")
@Tag(name = "Questionnaires", description = "Application questionnaires: the facts audit time and scope depend on")
public class QuestionnaireResource {
    private final QuestionnaireService questionnaires;

    QuestionnaireResource(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @POST
    @RolesAllowed({Roles.CLIENT, Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Fill in a questionnaire (a client user for its own organisation, or staff): SUBMITTED")
    public Uni<RestResponse<QuestionnaireView>> submit(@Valid @NotNull QuestionnaireAnswers answers,
                                                       @Context UriInfo uri) {
        return questionnaires.submit(answers).map(questionnaire -> RestResponse.ResponseBuilder
                .<QuestionnaireView>created(uri.getAbsolutePathBuilder().path(questionnaire.id().toString()).build())
                .entity(questionnaire)
                .header(HttpHeaders.ETAG, Preconditions.etag(questionnaire.version()))
                .build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CLIENT, Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "A questionnaire with its answers and review; a client user sees only its own organisation's")
    public Uni<RestResponse<QuestionnaireView>> get(@PathParam("id") UUID id) {
        return questionnaires.get(id).map(QuestionnaireResource::withETag);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CLIENT, Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Change the answers until the questionnaire is reviewed (409 questionnaire-reviewed); "
            + "If-Match required (428 without, 409 questionnaire-changed when stale); submits it again")
    public Uni<RestResponse<QuestionnaireView>> answer(@PathParam("id") UUID id,
                                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid @NotNull QuestionnaireAnswers answers) {
        return questionnaires.answer(id, ifMatch, answers).map(QuestionnaireResource::withETag);
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Review a submitted questionnaire: REVIEWED, or RETURNED to the client with a note "
            + "(409 questionnaire-not-submitted)")
    public Uni<RestResponse<QuestionnaireView>> review(@PathParam("id") UUID id, @Valid @NotNull Review review) {
        return questionnaires.review(id, review).map(QuestionnaireResource::withETag);
    }

    @GET
    @RolesAllowed({Roles.CLIENT, Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Questionnaires, newest first, filtered by client and status; a client user's own only")
    public Uni<Page<QuestionnaireSummary>> list(@QueryParam("clientId") UUID clientId,
                                                @QueryParam("status") Questionnaire.Status status,
                                                @Valid @BeanParam PageRequest page) {
        return questionnaires.list(clientId, status, page);
    }

    private static RestResponse<QuestionnaireView> withETag(QuestionnaireView questionnaire) {
        return RestResponse.ResponseBuilder.ok(questionnaire)
                .header(HttpHeaders.ETAG, Preconditions.etag(questionnaire.version()))
                .build();
    }
}
