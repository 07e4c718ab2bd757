-- Every change of a certificate's status or scope is a decision (suspension, reinstatement, withdrawal, scope
-- reduction, scope extension): opened by staff, by a rule or by the audit it rests on, with its reason, decided by a
-- decision-maker or by the rule that acts.
ALTER TABLE certification_decision
    DROP CONSTRAINT certification_decision_kind_check,
    ADD CONSTRAINT certification_decision_kind_check
        CHECK (kind IN ('CERTIFICATION', 'CONTINUATION', 'RENEWAL', 'TRANSFER',
                        'SUSPENSION', 'REINSTATEMENT', 'WITHDRAWAL', 'SCOPE_REDUCTION', 'SCOPE_EXTENSION')),
    DROP CONSTRAINT certification_decision_evidence,
    ADD CONSTRAINT certification_decision_evidence CHECK (CASE
        WHEN kind = 'TRANSFER'
            THEN contract_id IS NOT NULL AND contract IS NOT NULL AND audit_id IS NULL AND audit IS NULL
        WHEN kind IN ('CERTIFICATION', 'CONTINUATION', 'RENEWAL')
            THEN audit_id IS NOT NULL AND audit IS NOT NULL AND contract_id IS NULL AND contract IS NULL
        -- a change of a certificate names it and what is to change; an audit (the one that lifts a suspension) may
        -- be its evidence, and a scope extension always has its audit
        WHEN kind = 'SCOPE_EXTENSION'
            THEN certificate_id IS NOT NULL AND change IS NOT NULL AND audit_id IS NOT NULL AND audit IS NOT NULL
                AND contract_id IS NULL
        ELSE certificate_id IS NOT NULL AND change IS NOT NULL AND contract_id IS NULL END),
    ADD COLUMN opened_by varchar(200) NOT NULL DEFAULT 'certificate-service',
    ADD COLUMN reason text,
    ADD COLUMN change jsonb;
ALTER TABLE certification_decision ALTER COLUMN opened_by DROP DEFAULT;
CREATE INDEX certification_decision_certificate ON certification_decision (certificate_id, opened_at);

ALTER TABLE certificate
    DROP CONSTRAINT certificate_suspension_reason_check,
    ADD CONSTRAINT certificate_suspension_reason_check
        CHECK (suspension_reason IN ('MISSED_SURVEILLANCE', 'UNRESOLVED_MAJOR_NONCONFORMITY', 'CLIENT_REQUEST',
                                     'MISUSE_OF_MARK', 'CONTINUATION_REFUSED'));

ALTER TABLE certificate_revision
    DROP CONSTRAINT certificate_revision_reason_check,
    ADD CONSTRAINT certificate_revision_reason_check
        CHECK (reason IN ('INITIAL', 'RENEWAL', 'SCOPE_CHANGE', 'ADDRESS_CHANGE', 'SCOPE_REDUCTION', 'SCOPE_EXTENSION'));

-- At most one live (active or suspended) certificate per holder and standard, whatever the decision-makers race.
CREATE UNIQUE INDEX certificate_one_live ON certificate (client_id, standard) WHERE status IN ('ACTIVE', 'SUSPENDED');

-- Who was on the team of each completed audit, of every type (stage 1 too): a decision-maker must not have been on
-- the team of any audit of the cycle (audit programme) a decision concerns.
CREATE TABLE completed_audit (
    audit_id     uuid PRIMARY KEY,
    programme_id uuid,
    client_id    uuid NOT NULL,
    type         varchar(30) NOT NULL,
    completed_at timestamptz NOT NULL,
    team         jsonb NOT NULL
);
CREATE INDEX completed_audit_programme ON completed_audit (programme_id);

-- Who the impartiality register lists for a client, from its consultancies and its contracts, and for when: they
-- take no decision on its certificates within 2 years of the consultancy's end.
CREATE TABLE impartiality_listing (
    id        uuid PRIMARY KEY,
    client_id uuid NOT NULL,
    username  varchar(200) NOT NULL,
    source_id uuid NOT NULL,
    from_date date NOT NULL,
    to_date   date,
    listed_at timestamptz NOT NULL,
    UNIQUE (source_id, username)
);
CREATE INDEX impartiality_listing_client ON impartiality_listing (client_id);
