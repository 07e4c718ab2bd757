-- Where the body writes to each auditor, from AuditorRegistered.
CREATE TABLE auditor_address (
    username      varchar(100) PRIMARY KEY,
    name          varchar(200) NOT NULL,
    email         varchar(320),
    registered_at timestamptz  NOT NULL
);

-- Each booked audit as its team was told of it last, so that a cancellation reaches the same people.
CREATE TABLE booked_audit (
    audit_id   uuid PRIMARY KEY,
    client_id  uuid        NOT NULL,
    facts      jsonb       NOT NULL,
    changed_at timestamptz NOT NULL
);

-- The iCalendar event a mail carries (an auditor's booking, its move or its cancellation).
ALTER TABLE delivery ADD COLUMN calendar text;
