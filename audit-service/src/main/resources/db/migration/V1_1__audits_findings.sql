-- An audit as executed. Its id is the planned audit's id from scheduling-service (AuditScheduledV1.auditId).
CREATE TABLE audit (
    id               uuid PRIMARY KEY,
    programme_id     uuid NOT NULL,
    client_id        uuid NOT NULL,
    client_name      varchar(300) NOT NULL,
    type             varchar(40) NOT NULL,
    scope            text NOT NULL,
    start_date       date NOT NULL,
    end_date         date,
    days             numeric(6, 1),
    status           varchar(20) NOT NULL,
    scheduled_at     timestamptz NOT NULL,
    recommendation   varchar(60),
    last_day_on_site date,
    summary          text,
    completed_by     varchar(200),
    completed_at     timestamptz,
    version          bigint NOT NULL DEFAULT 0
);
CREATE INDEX audit_client ON audit (client_id);

CREATE TABLE audit_standard (
    audit_id uuid NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    position integer NOT NULL,
    standard varchar(40) NOT NULL,
    PRIMARY KEY (audit_id, position)
);

CREATE TABLE audit_site (
    audit_id         uuid NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    site_id          uuid NOT NULL,
    name             varchar(300) NOT NULL,
    city             varchar(200),
    country          varchar(100),
    central_function boolean NOT NULL,
    persons          integer NOT NULL,
    PRIMARY KEY (audit_id, position)
);

-- Team membership decides who sees and works on an audit, hence the index on the username.
CREATE TABLE audit_team_member (
    audit_id uuid NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    position integer NOT NULL,
    username varchar(200) NOT NULL,
    name     varchar(300),
    role     varchar(30) NOT NULL,
    PRIMARY KEY (audit_id, position)
);
CREATE INDEX audit_team_member_username ON audit_team_member (username);

CREATE TABLE finding (
    id          uuid PRIMARY KEY,
    audit_id    uuid NOT NULL REFERENCES audit (id),
    grade       varchar(40) NOT NULL,
    clause      varchar(20) NOT NULL,
    site_id     uuid,
    evidence    text NOT NULL,
    recorded_by varchar(200) NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX finding_audit ON finding (audit_id, recorded_at);
