-- Complaints (ISO/IEC 17021-1 9.8) and appeals (9.7), each kept as filed, with the steps of its handling: who took
-- each step and when. The staff registers filter by status and by receipt (for the overdue ones).
CREATE TABLE complaint (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL,
    reference                varchar(20)  NOT NULL UNIQUE,
    tracking_token           varchar(64)  NOT NULL UNIQUE,
    about                    varchar(30)  NOT NULL CHECK (about IN ('CERTIFIED_CLIENT', 'CERTIFICATION_BODY')),
    certificate_number       varchar(30),
    client_id                uuid,
    complainant_name         varchar(200) NOT NULL,
    complainant_email        varchar(254) NOT NULL,
    description              text         NOT NULL,
    filed_by                 varchar(200),
    status                   varchar(30)  NOT NULL
        CHECK (status IN ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_INVESTIGATION', 'DECIDED', 'CLOSED')),
    received_at              timestamptz  NOT NULL,
    acknowledged_by          varchar(200),
    acknowledged_at          timestamptz,
    investigator             varchar(200),
    investigator_assigned_by varchar(200),
    investigator_assigned_at timestamptz,
    upheld                   boolean,
    outcome                  text,
    rationale                text,
    decided_by               varchar(200),
    decided_at               timestamptz,
    closed_by                varchar(200),
    closed_at                timestamptz
);
CREATE INDEX complaint_status_received ON complaint (status, received_at);

CREATE TABLE appeal (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL,
    reference                varchar(20)  NOT NULL UNIQUE,
    client_id                uuid         NOT NULL,
    -- one appeal per decision
    decision_id              uuid         NOT NULL UNIQUE REFERENCES certification_decision (id),
    appellant_name           varchar(200) NOT NULL,
    appellant_email          varchar(254) NOT NULL,
    grounds                  text         NOT NULL,
    lodged_by                varchar(200) NOT NULL,
    corrective_decision_id   uuid REFERENCES certification_decision (id),
    status                   varchar(30)  NOT NULL
        CHECK (status IN ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_INVESTIGATION', 'DECIDED', 'CLOSED')),
    received_at              timestamptz  NOT NULL,
    acknowledged_by          varchar(200),
    acknowledged_at          timestamptz,
    investigator             varchar(200),
    investigator_assigned_by varchar(200),
    investigator_assigned_at timestamptz,
    upheld                   boolean,
    outcome                  text,
    rationale                text,
    decided_by               varchar(200),
    decided_at               timestamptz,
    closed_by                varchar(200),
    closed_at                timestamptz
);
CREATE INDEX appeal_client ON appeal (client_id);
CREATE INDEX appeal_status_received ON appeal (status, received_at);
-- completed audits by client: who audited a client complained about
CREATE INDEX completed_audit_client ON completed_audit (client_id);

-- An upheld appeal against a refusal has the matter decided again: a new decision on the same audit, which names the
-- refusal it reconsiders (once). The first decision of each kind on an audit stays unique.
ALTER TABLE certification_decision ADD COLUMN reconsiders uuid UNIQUE REFERENCES certification_decision (id);
ALTER TABLE certification_decision DROP CONSTRAINT certification_decision_audit_kind;
CREATE UNIQUE INDEX certification_decision_audit_kind ON certification_decision (audit_id, kind)
    WHERE reconsiders IS NULL;
