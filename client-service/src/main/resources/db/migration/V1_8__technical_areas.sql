-- The technical areas of the scope (codes of the certification body's catalogue, e.g. IT-HOSTING): the client
-- proposes them in the questionnaire, staff confirm them at the review, and the quotation and the contract carry
-- them to the audit programme, whose teams must cover each.
CREATE TABLE questionnaire_technical_area (
    questionnaire_id uuid        NOT NULL REFERENCES questionnaire (id),
    area             varchar(50) NOT NULL,
    PRIMARY KEY (questionnaire_id, area)
);

CREATE TABLE quotation_technical_area (
    quotation_id uuid        NOT NULL REFERENCES quotation (id),
    area         varchar(50) NOT NULL,
    PRIMARY KEY (quotation_id, area)
);

CREATE TABLE contract_technical_area (
    contract_id uuid        NOT NULL REFERENCES contract (id),
    area        varchar(50) NOT NULL,
    PRIMARY KEY (contract_id, area)
);
