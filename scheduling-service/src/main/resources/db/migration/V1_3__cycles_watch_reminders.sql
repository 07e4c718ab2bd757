-- A renewal opens the next cycle of the same contract as a programme of its own.
ALTER TABLE audit_programme DROP CONSTRAINT audit_programme_contract_id_key;
ALTER TABLE audit_programme ADD CONSTRAINT audit_programme_contract_cycle UNIQUE (contract_id, cycle);
CREATE INDEX audit_programme_certificate ON audit_programme (certificate_id) WHERE certificate_id IS NOT NULL;

-- Put at the top of the planners' list (e.g. a recertification still unbooked when the certificate nears expiry).
ALTER TABLE planned_audit ADD COLUMN urgent boolean NOT NULL DEFAULT false;

-- The daily date watch reads only the open audits by their due date.
CREATE INDEX planned_audit_open_due ON planned_audit (due_by, status) WHERE status IN ('PLANNED', 'BOOKED');

-- Audits whose due window is closing without a booking, as the daily date watch found them: the planners' reminders.
CREATE TABLE planning_reminder (
    audit_id  uuid PRIMARY KEY REFERENCES planned_audit (id),
    due_by    date NOT NULL,
    raised_on date NOT NULL
);

-- Surveillance audits reported overdue; the key makes the report go out once per audit, whatever runs the watch.
CREATE TABLE surveillance_overdue (
    audit_id    uuid PRIMARY KEY REFERENCES planned_audit (id),
    due_by      date NOT NULL,
    detected_on date NOT NULL
);

-- The secret of a client organisation's iCalendar feed, kept only as its SHA-256 (hex); one per client.
CREATE TABLE client_calendar_token (
    client_id  uuid PRIMARY KEY,
    token_hash char(64) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);
