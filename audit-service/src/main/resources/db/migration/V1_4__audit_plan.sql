-- Who audits what, where and when: drawn up by the lead auditor, read by the team and the client.
CREATE TABLE audit_plan (
    audit_id   uuid PRIMARY KEY REFERENCES audit (id),
    updated_by varchar(200) NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint NOT NULL DEFAULT 0
);

CREATE TABLE audit_plan_entry (
    audit_id  uuid NOT NULL REFERENCES audit_plan (audit_id) ON DELETE CASCADE,
    position  integer NOT NULL,
    day       date NOT NULL,
    starts_at time NOT NULL,
    ends_at   time NOT NULL,
    auditor   varchar(200) NOT NULL,
    site_id   uuid,
    activity  varchar(500) NOT NULL,
    -- clause numbers separated by spaces, e.g. "8.5.1 8.5.2"
    clauses   varchar(500) NOT NULL,
    PRIMARY KEY (audit_id, position)
);
