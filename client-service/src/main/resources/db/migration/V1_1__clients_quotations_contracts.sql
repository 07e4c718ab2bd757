-- Organisations that apply for or hold certification; one record per commercial registration.
CREATE TABLE client (
    id                  uuid PRIMARY KEY,
    legal_name          varchar(200) NOT NULL,
    registration_number varchar(60)  NOT NULL,
    city                varchar(100) NOT NULL,
    country             char(2)      NOT NULL,
    persons             integer      NOT NULL CHECK (persons >= 1),
    scope               text         NOT NULL,
    registered_at       timestamptz  NOT NULL,
    version             integer      NOT NULL,
    CONSTRAINT client_registration_number_unique UNIQUE (registration_number)
);
CREATE INDEX client_legal_name ON client (legal_name, id);

CREATE TABLE client_standard (
    client_id uuid        NOT NULL REFERENCES client (id),
    standard  varchar(40) NOT NULL,
    PRIMARY KEY (client_id, standard)
);

CREATE TABLE client_site (
    client_id        uuid         NOT NULL REFERENCES client (id),
    position         integer      NOT NULL,
    site_id          uuid         NOT NULL UNIQUE,
    name             varchar(200) NOT NULL,
    city             varchar(100) NOT NULL,
    country          char(2)      NOT NULL,
    central_function boolean      NOT NULL,
    persons          integer      NOT NULL CHECK (persons >= 1),
    PRIMARY KEY (client_id, position)
);

-- A priced certification cycle offered to a client; ACCEPTED once a contract exists.
CREATE TABLE quotation (
    id          uuid PRIMARY KEY,
    client_id   uuid          NOT NULL REFERENCES client (id),
    persons     integer       NOT NULL,
    status      varchar(20)   NOT NULL,
    total_price numeric(12,2) NOT NULL,
    currency    char(3)       NOT NULL,
    issued_at   timestamptz   NOT NULL,
    issued_by   varchar(200)  NOT NULL,
    valid_until date          NOT NULL,
    accepted_at timestamptz,
    accepted_by varchar(200),
    version     integer       NOT NULL
);
CREATE INDEX quotation_client ON quotation (client_id);

CREATE TABLE quotation_audit (
    quotation_id uuid          NOT NULL REFERENCES quotation (id),
    position     integer       NOT NULL,
    audit_type   varchar(40)   NOT NULL,
    days         numeric(5,1)  NOT NULL,
    price        numeric(12,2) NOT NULL,
    PRIMARY KEY (quotation_id, position)
);

-- What the client bought; at most one contract per quotation.
CREATE TABLE contract (
    id               uuid PRIMARY KEY,
    client_id        uuid          NOT NULL REFERENCES client (id),
    quotation_id     uuid          NOT NULL REFERENCES quotation (id),
    client_name      varchar(200)  NOT NULL,
    scope            text          NOT NULL,
    total_price      numeric(12,2) NOT NULL,
    currency         char(3)       NOT NULL,
    signed_at        timestamptz   NOT NULL,
    signed_by        varchar(200)  NOT NULL,
    signed_on_behalf boolean       NOT NULL,
    CONSTRAINT contract_quotation_unique UNIQUE (quotation_id)
);
CREATE INDEX contract_client ON contract (client_id);

CREATE TABLE contract_standard (
    contract_id uuid        NOT NULL REFERENCES contract (id),
    standard    varchar(40) NOT NULL,
    PRIMARY KEY (contract_id, standard)
);

CREATE TABLE contract_audit (
    contract_id uuid         NOT NULL REFERENCES contract (id),
    position    integer      NOT NULL,
    audit_type  varchar(40)  NOT NULL,
    days        numeric(5,1) NOT NULL,
    PRIMARY KEY (contract_id, position)
);
