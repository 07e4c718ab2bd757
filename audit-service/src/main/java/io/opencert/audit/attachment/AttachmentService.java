package io.opencert.audit.attachment;

import io.opencert.audit.Sha256;
import io.opencert.audit.attachment.AttachmentRules.Refusal;
import io.opencert.audit.attachment.dto.AttachmentFile;
import io.opencert.audit.attachment.dto.AttachmentView;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.audit.rules.AuditRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AttachmentService {
    private final AttachmentRepository attachments;
    private final FindingRepository findings;
    private final AuditService audits;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final AttachmentRules rules;

    AttachmentService(AttachmentRepository attachments, FindingRepository findings, AuditService audits,
                      CurrentUser user, ChangeLog changeLog, Clock clock,
                      @ConfigProperty(name = "cb.attachments.max-bytes") long maxBytes,
                      @ConfigProperty(name = "cb.attachments.media-types") Set<String> mediaTypes) {
        this.attachments = attachments;
        this.findings = findings;
        this.audits = audits;
        this.user = user;
        this.changeLog = changeLog;
        this.clock = clock;
        this.rules = new AttachmentRules(maxBytes, mediaTypes);
    }

    /** The upload and whether it created the attachment (false for a retry of an earlier upload). */
    public record Uploaded(AttachmentView attachment, boolean created) {
    }

    /**
     * A member of the audit team attaches a photo or PDF to a finding under an id the phone chose, so that a retry
     * after a lost answer stores nothing twice; the same id with other content is refused.
     */
    @WithTransaction
    public Uni<Uploaded> upload(UUID auditId, UUID findingId, UUID attachmentId, String fileName, String contentType,
                                byte[] content) {
        String mediaType = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        rules.check(mediaType, content).ifPresent(refusal -> {
            throw refused(refusal, mediaType, content.length);
        });
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new InvalidInput("fileName", "must name the file in 1 to 255 characters");
        }
        String auditor = user.username();
        String sha256 = Sha256.hex(content);
        return audits.openForAnswers(auditId, auditor)
                .flatMap(audit -> findings.find("id = ?1 and auditId = ?2", findingId, auditId).<Finding>firstResult())
                .flatMap(finding -> {
                    if (finding == null) {
                        throw new NotFoundProblem("Finding " + findingId + " not found.");
                    }
                    return attachments.findById(attachmentId);
                })
                .flatMap(existing -> {
                    if (existing != null) {
                        if (!existing.sameAs(auditId, findingId, sha256)) {
                            throw new RuleViolation(AuditRule.ATTACHMENT_ID_TAKEN,
                                    "Attachment " + attachmentId + " exists with other content or on another finding; "
                                            + "upload new content under a new id.");
                        }
                        return Uni.createFrom().item(new Uploaded(AttachmentView.of(existing), false));
                    }
                    Attachment attachment = Attachment.uploaded(attachmentId, auditId, findingId, fileName, mediaType,
                            content.length, sha256, auditor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    return attachments.persist(attachment)
                            .call(stored -> Panache.getSession()
                                    .flatMap(session -> session.persist(new AttachmentContent(attachmentId, content))))
                            .call(stored -> changeLog.record(auditor, "Attachment", attachmentId, "uploaded",
                                    mediaType + ", " + content.length + " bytes, to finding " + findingId))
                            .map(stored -> new Uploaded(AttachmentView.of(stored), true));
                });
    }

    /** An attachment's bytes, for whoever may see the audit. */
    @WithSession
    public Uni<AttachmentFile> file(UUID auditId, UUID attachmentId) {
        return audits.visible(auditId)
                .flatMap(audit -> attachments.find("id = ?1 and auditId = ?2", attachmentId, auditId).<Attachment>firstResult())
                .flatMap(attachment -> {
                    if (attachment == null) {
                        throw new NotFoundProblem("Attachment " + attachmentId + " not found.");
                    }
                    return Panache.getSession()
                            .flatMap(session -> session.find(AttachmentContent.class, attachmentId))
                            .map(stored -> new AttachmentFile(attachment.fileName(), attachment.mediaType(), stored.content()));
                });
    }

    private ProblemException refused(Refusal refusal, String mediaType, int size) {
        return switch (refusal) {
            case EMPTY -> new InvalidInput("body", "must not be empty");
            case TOO_LARGE -> new ProblemException(413, "attachment-too-large", "Attachment too large",
                    size + " bytes; an attachment has at most " + rules.maxBytes() + " bytes.");
            case TYPE_NOT_ALLOWED -> new ProblemException(415, "attachment-type-not-allowed", "Attachment type not allowed",
                    "Content-Type " + mediaType + " is not one of " + rules.mediaTypes().stream().sorted().toList() + ".");
            case CONTENT_NOT_OF_TYPE -> new ProblemException(415, "attachment-content-not-of-type",
                    "Content does not match its type", "The content is not a " + mediaType + " file.");
        };
    }
}
