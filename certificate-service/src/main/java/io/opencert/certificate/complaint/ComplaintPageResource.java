package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.dto.ComplaintStatus;
import io.opencert.certificate.complaint.dto.ComplaintSubject;
import io.opencert.certificate.complaint.dto.FiledComplaint;
import io.opencert.certificate.complaint.dto.NewComplaint;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.text.ControlCharacters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the body handles complaints and appeals (ISO/IEC 17021-1 9.7, 9.8), served with the register for anyone, with
 * the complaint form: server-rendered HTML that works on a phone and without JavaScript. A refused form comes back
 * filled in, with what to correct.
 */
@Path("/register/complaints")
@Tag(name = "Public complaints", description = "Complaints about certified clients or the body, by anyone; no login")
public class ComplaintPageResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    /** The form's labels, to name a field the person has to correct. */
    private static final Map<String, String> LABELS = Map.of("complainantName", "Your name",
            "complainantEmail", "Your e-mail address", "about", "What the complaint is about",
            "certificateNumber", "Certificate number", "description", "Your complaint");

    /** The form as the person filled it in, to show it again. */
    public record Form(String complainantName, String complainantEmail, String about, String certificateNumber,
                       String description) {
    }

    /** The body's deadlines in days, as the process description states them. */
    public record Days(long complaintAcknowledgement, long complaintDecision, long appealAcknowledgement,
                       long appealDecision, long appealPeriod) {
        static Days of(HandlingTerms terms) {
            return new Days(terms.complaints().acknowledgeWithin().toDays(), terms.complaints().decideWithin().toDays(),
                    terms.appeals().acknowledgeWithin().toDays(), terms.appeals().decideWithin().toDays(),
                    terms.appealPeriod().getDays());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance process(Form form, List<String> errors, Days days);

        static native TemplateInstance filed(FiledComplaint filed);

        static native TemplateInstance status(ComplaintStatus complaint);

        static native TemplateInstance unknown();
    }

    private final ComplaintService complaints;
    private final Days days;
    private final Validator validator;

    ComplaintPageResource(ComplaintService complaints, HandlingTerms terms, Validator validator) {
        this.complaints = complaints;
        this.days = Days.of(terms);
        this.validator = validator;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "How complaints and appeals are handled, with the complaint form (HTML)")
    public String process() {
        return Templates.process(new Form("", "", ComplaintSubject.CERTIFIED_CLIENT.name(), "", ""), List.of(), days)
                .render();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "File a complaint from the form (HTML): the reference and the status page, or the form with "
            + "what to correct (400)")
    public Uni<Response> file(@FormParam("complainantName") @DefaultValue("") String name,
                              @FormParam("complainantEmail") @DefaultValue("") String email,
                              @FormParam("about") @DefaultValue("") String about,
                              @FormParam("certificateNumber") @DefaultValue("") String certificateNumber,
                              @FormParam("description") @DefaultValue("") String description) {
        Form form = new Form(name, email, about, certificateNumber, description);
        ComplaintSubject subject = Arrays.stream(ComplaintSubject.values())
                .filter(value -> value.name().equals(about)).findFirst().orElse(null);
        NewComplaint complaint = new NewComplaint(name, email, subject,
                certificateNumber.isBlank() ? null : certificateNumber, description);
        List<String> errors = new ArrayList<>(validator.validate(complaint).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> message(violation.getPropertyPath().toString(), violation.getMessage())).toList());
        if (ControlCharacters.in(description)) {
            // the JSON API refuses them where JSON becomes text; a form's texts are checked here
            errors.add(message("description", ControlCharacters.MESSAGE));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().item(refused(form, errors));
        }
        return Uni.createFrom().deferred(() -> complaints.file(complaint, null)).map(FiledComplaint::of)
                .map(filed -> Response.ok(Templates.filed(filed).render(), HTML).build())
                .onFailure(InvalidInput.class).recoverWithItem(invalid -> refused(form, ((InvalidInput) invalid)
                        .toProblem(null).violations().stream()
                        .map(violation -> message(violation.field(), violation.message())).toList()));
    }

    @GET
    @Path("{token}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Where a complaint stands, for the holder of its tracking token (HTML)")
    public Uni<Response> status(@PathParam("token") String token) {
        return complaints.track(token)
                .map(complaint -> Response.ok(Templates.status(complaint).render(), HTML).build())
                .onFailure(NotFoundProblem.class).recoverWithItem(() -> Response.status(Response.Status.NOT_FOUND)
                        .type(HTML).entity(Templates.unknown().render()).build());
    }

    private Response refused(Form form, List<String> errors) {
        return Response.status(Response.Status.BAD_REQUEST).type(HTML)
                .entity(Templates.process(form, errors, days).render()).build();
    }

    private static String message(String field, String message) {
        return LABELS.getOrDefault(field, field) + ": " + message;
    }
}
