package io.opencert.audit.checklist;

import io.opencert.audit.catalogue.ChecklistEntry;
import io.opencert.audit.catalogue.ChecklistSection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One clause, or one finding of a previous audit, the audit team works through, with the team's answer once given. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {
    @Id
    private UUID id;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChecklistSection section;

    @Column(nullable = false)
    private String clause;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(name = "follows_up")
    private UUID followsUp;

    @Enumerated(EnumType.STRING)
    private ChecklistAnswer answer;

    private String note;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Version
    private long version;

    protected ChecklistItem() {
    }

    public static ChecklistItem generated(UUID auditId, ChecklistEntry entry, int position) {
        ChecklistItem item = new ChecklistItem();
        item.id = UUID.randomUUID();
        item.auditId = auditId;
        item.section = entry.section();
        item.clause = entry.clause();
        item.title = entry.title();
        item.position = position;
        item.followsUp = entry.followsUp();
        return item;
    }

    /** Records the answer (null withdraws it) and the note; who answered and when go with it. */
    public void answer(ChecklistAnswer answer, String note, String answeredBy, OffsetDateTime answeredAt) {
        this.answer = answer;
        this.note = note;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    /** True when the item carries this answer and note already. */
    public boolean says(ChecklistAnswer answer, String note) {
        return this.answer == answer && Objects.equals(this.note, note);
    }

    public UUID id() {
        return id;
    }

    public UUID auditId() {
        return auditId;
    }

    public ChecklistSection section() {
        return section;
    }

    public String clause() {
        return clause;
    }

    public String title() {
        return title;
    }

    public int position() {
        return position;
    }

    /** The finding of a previous audit this item follows up; null for a clause of the catalogue. */
    public UUID followsUp() {
        return followsUp;
    }

    public ChecklistAnswer answer() {
        return answer;
    }

    public String note() {
        return note;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public long version() {
        return version;
    }
}
