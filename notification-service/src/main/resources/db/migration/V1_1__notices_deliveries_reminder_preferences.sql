-- The people the body writes to at each client, from ClientRegistered and ClientUpdated.
CREATE TABLE addressee (
    client_id      uuid PRIMARY KEY,
    client_name    varchar(300) NOT NULL,
    contacts       jsonb        NOT NULL,
    changed_at     timestamptz  NOT NULL
);

-- What an event is to tell whom: one per event and kind, with the facts its mails are written from.
CREATE TABLE notice (
    id             uuid PRIMARY KEY,
    cause_event_id uuid         NOT NULL,
    kind           varchar(40)  NOT NULL,
    client_id      uuid,
    model          jsonb        NOT NULL,
    state          varchar(30)  NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    created_at     timestamptz  NOT NULL,
    CONSTRAINT notice_once_per_event UNIQUE (cause_event_id, kind)
);
CREATE INDEX notice_awaiting_contacts ON notice (client_id) WHERE state = 'AWAITING_CONTACTS';

-- One mail of a notice to one recipient, and what became of it.
CREATE TABLE delivery (
    id              uuid PRIMARY KEY,
    notice_id       uuid          NOT NULL REFERENCES notice (id),
    kind            varchar(40)   NOT NULL,
    client_id       uuid,
    recipient       varchar(320)  NOT NULL,
    recipient_name  varchar(300),
    subject         varchar(500)  NOT NULL,
    text_body       text          NOT NULL,
    html_body       text          NOT NULL,
    opt_out_url     varchar(500),
    state           varchar(20)   NOT NULL,
    attempts        integer       NOT NULL,
    next_attempt_at timestamptz   NOT NULL,
    last_error      varchar(2000),
    created_at      timestamptz   NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT delivery_once_per_recipient UNIQUE (notice_id, recipient)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX delivery_by_client ON delivery (client_id, created_at);
CREATE INDEX delivery_by_created ON delivery (created_at);

-- Whether a client's contact wants reminders (expiry notices, nonconformity deadlines), and the link to stop them.
CREATE TABLE reminder_preference (
    id             uuid PRIMARY KEY,
    client_id      uuid         NOT NULL,
    email          varchar(320) NOT NULL,
    token          varchar(64)  NOT NULL UNIQUE,
    opted_out_at   timestamptz,
    opted_out_by   varchar(200),
    CONSTRAINT reminder_preference_per_contact UNIQUE (client_id, email)
);
