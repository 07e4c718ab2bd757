-- Consultancies the impartiality register (client-service) learnt of, per client: by one of the body's auditors
-- (auditor: the username) or by the body itself (auditor null), from from_date to to_date (null while it goes on).
-- Whoever consulted a client within 2 years of an audit takes no part in it, whenever the register learnt it.
CREATE TABLE client_consultancy (
    consultancy_id uuid PRIMARY KEY,
    client_id      uuid NOT NULL,
    auditor        varchar(100),
    from_date      date NOT NULL,
    to_date        date,
    recorded_at    timestamptz NOT NULL,
    CONSTRAINT client_consultancy_dates CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX client_consultancy_client ON client_consultancy (client_id);
