-- Days an auditor cannot be put on an audit team (leave, other work, training), both dates inclusive.
CREATE TABLE auditor_unavailability (
    id         uuid PRIMARY KEY,
    auditor_id uuid NOT NULL REFERENCES auditor (id),
    from_date  date NOT NULL,
    to_date    date NOT NULL,
    reason     varchar(20) NOT NULL,
    note       varchar(500),
    created_by varchar(100) NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT auditor_unavailability_dates CHECK (to_date >= from_date)
);
CREATE INDEX auditor_unavailability_auditor ON auditor_unavailability (auditor_id, to_date);

-- The secret of an auditor's iCalendar feed, kept only as its SHA-256 (hex); one per auditor, replaced on renewal.
CREATE TABLE auditor_calendar_token (
    auditor_id uuid PRIMARY KEY REFERENCES auditor (id),
    token_hash char(64) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);
