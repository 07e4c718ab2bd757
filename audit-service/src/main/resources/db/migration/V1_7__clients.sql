-- The clients as client-service publishes them (ClientRegistered, ClientUpdated): the name an open audit shows.
CREATE TABLE client (
    id         uuid PRIMARY KEY,
    legal_name varchar(300) NOT NULL,
    changed_at timestamptz NOT NULL
);
