-- Tables of the small application the commons tests run: a registration and the effects of consuming its event.
CREATE TABLE registration (
    id         uuid PRIMARY KEY,
    legal_name varchar(200) NOT NULL
);
CREATE TABLE registration_effect (
    event_id  uuid PRIMARY KEY,
    client_id uuid NOT NULL
);
