package io.opencert.audit.attachment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    public Uni<List<Attachment>> ofAudit(UUID auditId) {
        return list("auditId", Sort.by("uploadedAt").and("id"), auditId);
    }
}
