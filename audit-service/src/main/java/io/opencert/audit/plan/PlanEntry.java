package io.opencert.audit.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One slot of the audit plan: an auditor audits these clauses at a site (or remotely) on a day, from and to. */
@Embeddable
public class PlanEntry {
    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(nullable = false)
    private String auditor;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(nullable = false)
    private String activity;

    @Convert(converter = ClauseListConverter.class)
    @Column(nullable = false)
    private List<String> clauses = new ArrayList<>();

    protected PlanEntry() {
    }

    public PlanEntry(LocalDate day, LocalTime startsAt, LocalTime endsAt, String auditor, UUID siteId, String activity,
                     List<String> clauses) {
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.auditor = auditor;
        this.siteId = siteId;
        this.activity = activity;
        this.clauses = new ArrayList<>(clauses);
    }

    public LocalDate day() {
        return day;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public String auditor() {
        return auditor;
    }

    public UUID siteId() {
        return siteId;
    }

    public String activity() {
        return activity;
    }

    public List<String> clauses() {
        return List.copyOf(clauses);
    }
}
