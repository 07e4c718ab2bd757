-- Certificates transferred from another certification body (IAF MD 2): decided on the contract with the transferred
-- certificate and its pre-transfer review, without an audit; the certificate has no audit and, until the client's
-- first audit here names it, no audit programme.
ALTER TABLE certification_decision
    ALTER COLUMN audit_id DROP NOT NULL,
    ALTER COLUMN audit DROP NOT NULL,
    ADD COLUMN contract_id uuid UNIQUE,
    ADD COLUMN contract jsonb,
    DROP CONSTRAINT certification_decision_kind_check,
    ADD CONSTRAINT certification_decision_kind_check
        CHECK (kind IN ('CERTIFICATION', 'CONTINUATION', 'RENEWAL', 'TRANSFER')),
    ADD CONSTRAINT certification_decision_evidence CHECK (CASE WHEN kind = 'TRANSFER'
        THEN contract_id IS NOT NULL AND contract IS NOT NULL AND audit_id IS NULL AND audit IS NULL
        ELSE audit_id IS NOT NULL AND audit IS NOT NULL AND contract_id IS NULL AND contract IS NULL END),
    -- A surveillance that also audited the cloud services needs a continuation and a cloud certification decision.
    DROP CONSTRAINT certification_decision_audit_id_key,
    ADD CONSTRAINT certification_decision_audit_kind UNIQUE (audit_id, kind);

ALTER TABLE certificate
    ALTER COLUMN audit_id DROP NOT NULL,
    ALTER COLUMN programme_id DROP NOT NULL;
