-- The auditor register: who may be on audit teams, for which standards, and who may lead.
CREATE TABLE auditor (
    id            uuid PRIMARY KEY,
    username      varchar(100) NOT NULL UNIQUE,
    name          varchar(200) NOT NULL,
    standards     text NOT NULL,          -- JSON array of standard codes
    lead_auditor  boolean NOT NULL,
    registered_at timestamptz NOT NULL
);

-- One client's certification cycle, with what its contract says about the audits.
CREATE TABLE audit_programme (
    id                   uuid PRIMARY KEY,
    client_id            uuid NOT NULL,
    client_name          varchar(300) NOT NULL,
    contract_id          uuid NOT NULL UNIQUE,
    cycle                integer NOT NULL,
    standards            text NOT NULL,   -- JSON array of standard codes
    scope                text NOT NULL,
    sites                text NOT NULL,   -- JSON array of sites
    excluded_auditors    text NOT NULL,   -- JSON array of usernames
    surveillance_days    numeric(5, 1) NOT NULL,
    recertification_days numeric(5, 1) NOT NULL,
    certificate_id       uuid,
    created_at           timestamptz NOT NULL,
    version              bigint NOT NULL
);
CREATE INDEX audit_programme_client ON audit_programme (client_id, created_at);

-- The audits of a programme; the id is the audit's id in every service.
CREATE TABLE planned_audit (
    id           uuid PRIMARY KEY,
    programme_id uuid NOT NULL REFERENCES audit_programme (id),
    type         varchar(40) NOT NULL,
    due_from     date NOT NULL,
    due_by       date NOT NULL,
    days         numeric(5, 1) NOT NULL,
    status       varchar(20) NOT NULL,
    start_date   date,
    end_date     date,
    CONSTRAINT planned_audit_dates CHECK (end_date >= start_date)
);
CREATE INDEX planned_audit_programme ON planned_audit (programme_id);

-- The team of a booked audit; searched by username to find an auditor's other bookings.
CREATE TABLE audit_team_member (
    planned_audit_id uuid NOT NULL REFERENCES planned_audit (id),
    team_index       integer NOT NULL,
    username         varchar(100) NOT NULL,
    name             varchar(200) NOT NULL,
    role             varchar(30) NOT NULL,
    PRIMARY KEY (planned_audit_id, team_index)
);
CREATE INDEX audit_team_member_username ON audit_team_member (username);
