-- The clients' certificates as certificate-service announces them on cb.certificate-events (a read model: that
-- service owns them), to list them with the client and to refuse an initial certification of a standard the client
-- is certified for here already. No foreign key to client: an event is kept whatever else has arrived.
CREATE TABLE held_certificate (
    certificate_id uuid PRIMARY KEY,
    client_id      uuid         NOT NULL,
    number         varchar(100) NOT NULL,
    standard       varchar(40),
    status         varchar(20)  NOT NULL,
    status_since   date         NOT NULL,
    expiry_date    date,
    revision       integer      NOT NULL,
    version        integer      NOT NULL
);
CREATE INDEX held_certificate_client ON held_certificate (client_id, number);
