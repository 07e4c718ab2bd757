-- Events written in the same transaction as the state change they announce; the relay publishes them in seq order.
CREATE TABLE outbox_event (
    id           uuid PRIMARY KEY,
    seq          bigserial NOT NULL UNIQUE,
    event_type   varchar(120) NOT NULL,
    subject      varchar(120) NOT NULL,
    payload      text NOT NULL,
    occurred_at  timestamptz NOT NULL,
    published_at timestamptz,
    attempts     integer NOT NULL DEFAULT 0,
    last_error   text
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

-- Each consumed event id, written in the transaction of its effect: a redelivery finds it and changes nothing.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    event_type   varchar(120) NOT NULL,
    source       varchar(120),
    processed_at timestamptz NOT NULL
);

-- Who changed what and when; accreditation bodies audit the certification body too.
CREATE TABLE change_log (
    id          uuid PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       varchar(200) NOT NULL,
    entity_type varchar(80) NOT NULL,
    entity_id   varchar(80) NOT NULL,
    action      varchar(80) NOT NULL,
    details     text
);
CREATE INDEX change_log_entity ON change_log (entity_type, entity_id, at);
