-- What audit-service reported when a major nonconformity of the stage 2 decided on was not verified within 6 months
-- of its last day (Stage2RepetitionRequired): the decision can then only be refused. Null otherwise.
ALTER TABLE certification_decision ADD COLUMN stage_2_repetition jsonb;
