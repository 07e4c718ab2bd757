package io.opencert.scheduling.watch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** The date watch found this audit's window closing without a booking; written only by the watch's SQL. */
@Entity
@Table(name = "planning_reminder")
public class PlanningReminder {
    @Id
    @Column(name = "audit_id")
    public UUID auditId;

    @Column(name = "due_by", nullable = false)
    public LocalDate dueBy;

    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;
}
