-- The daily check of the deadline of the major nonconformities of completed surveillance and recertification audits
-- (last day on site + cb.audit.major-correction-days): one row per audit, by the first run after its deadline, when
-- the outcome is final. overdue: one was not verified by the deadline and MajorNonconformityOverdue was published.
-- The key makes a second run, or a second replica running at the same time, find nothing new.
CREATE TABLE major_correction_check (
    audit_id   uuid PRIMARY KEY REFERENCES audit (id),
    deadline   date NOT NULL,
    overdue    boolean NOT NULL,
    checked_on date NOT NULL,
    checked_by varchar(200) NOT NULL,
    checked_at timestamptz NOT NULL
);

-- The check looks for completed audits by type and last day on site.
CREATE INDEX audit_completed_last_day ON audit (type, last_day_on_site) WHERE status = 'COMPLETED';
