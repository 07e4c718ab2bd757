-- Auditors who left the certification body, as scheduling-service announced them (AuditorLeft): from left_on
-- audit-service refuses them. Every request of an auditor looks its caller up here, hence the username as the key.
CREATE TABLE auditor_departure (
    username    varchar(200) PRIMARY KEY,
    auditor_id  uuid NOT NULL,
    left_on     date NOT NULL,
    recorded_at timestamptz NOT NULL
);
