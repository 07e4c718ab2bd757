-- The client's full record: postal address, contacts, services in scope, cloud models and a transfer under review.
ALTER TABLE client
    ADD COLUMN street                        varchar(200),
    ADD COLUMN postal_code                   varchar(20),
    ADD COLUMN transfer_certificate_number   varchar(100),
    ADD COLUMN transfer_body                 varchar(200),
    ADD COLUMN transfer_expiry               date,
    ADD COLUMN transfer_open_nonconformities integer;
CREATE INDEX client_country ON client (country);

CREATE TABLE client_contact (
    client_id uuid         NOT NULL REFERENCES client (id),
    position  integer      NOT NULL,
    name      varchar(200) NOT NULL,
    role      varchar(100),
    email     varchar(254) NOT NULL,
    phone     varchar(40),
    PRIMARY KEY (client_id, position)
);

CREATE TABLE client_service (
    client_id uuid         NOT NULL REFERENCES client (id),
    service   varchar(200) NOT NULL,
    PRIMARY KEY (client_id, service)
);

CREATE TABLE client_cloud_service_model (
    client_id uuid        NOT NULL REFERENCES client (id),
    model     varchar(20) NOT NULL,
    PRIMARY KEY (client_id, model)
);

CREATE TABLE client_cloud_deployment_model (
    client_id uuid        NOT NULL REFERENCES client (id),
    model     varchar(20) NOT NULL,
    PRIMARY KEY (client_id, model)
);
