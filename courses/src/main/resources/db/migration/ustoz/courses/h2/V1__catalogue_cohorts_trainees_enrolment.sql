-- Ustoz courses module, schema version 1: catalogue, cohorts, trainees, enrolment.
-- Written for H2. Ids are application-assigned time-ordered UUIDs (v7); instants are UTC.
-- H2 2.4.240 loses CHECK constraints with IN lists or OR once the connection that created them closes
-- (h2database issue 4302): the H2 migration writes them as "= ANY(ARRAY[...])", which it keeps.

CREATE TABLE ustoz_course (
    id              UUID NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id       VARCHAR(64) NOT NULL,
    code            VARCHAR(64) NOT NULL,
    title           CLOB NOT NULL,
    description     CLOB,
    total_hours     NUMERIC(7, 2) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    published_at    TIMESTAMP(6) WITH TIME ZONE,
    archived_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_ustoz_course PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_course_code UNIQUE (tenant_id, code),
    CONSTRAINT ck_ustoz_course_status CHECK (status = ANY(ARRAY['DRAFT', 'PUBLISHED', 'ARCHIVED']))
);

CREATE TABLE ustoz_course_outcome (
    course_id       UUID NOT NULL,
    position        INTEGER NOT NULL,
    outcome         CLOB NOT NULL,
    CONSTRAINT pk_ustoz_course_outcome PRIMARY KEY (course_id, position),
    CONSTRAINT fk_ustoz_course_outcome_course FOREIGN KEY (course_id) REFERENCES ustoz_course (id)
);

CREATE TABLE ustoz_course_module (
    id              UUID NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    course_id       UUID NOT NULL,
    position        INTEGER NOT NULL,
    code            VARCHAR(64) NOT NULL,
    title           CLOB NOT NULL,
    description     CLOB,
    hours           NUMERIC(7, 2) NOT NULL,
    required        BOOLEAN NOT NULL,
    CONSTRAINT pk_ustoz_course_module PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_module_code UNIQUE (course_id, code),
    CONSTRAINT fk_ustoz_module_course FOREIGN KEY (course_id) REFERENCES ustoz_course (id)
);

CREATE TABLE ustoz_module_prerequisite (
    module_id       UUID NOT NULL,
    prerequisite_id UUID NOT NULL,
    CONSTRAINT pk_ustoz_module_prerequisite PRIMARY KEY (module_id, prerequisite_id),
    CONSTRAINT fk_ustoz_prerequisite_module FOREIGN KEY (module_id) REFERENCES ustoz_course_module (id),
    CONSTRAINT fk_ustoz_prerequisite_target FOREIGN KEY (prerequisite_id) REFERENCES ustoz_course_module (id),
    CONSTRAINT ck_ustoz_prerequisite_self CHECK (module_id <> prerequisite_id)
);
CREATE INDEX ix_ustoz_prerequisite_target ON ustoz_module_prerequisite (prerequisite_id);

CREATE TABLE ustoz_cohort (
    id                      UUID NOT NULL,
    version                 BIGINT NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id               VARCHAR(64) NOT NULL,
    course_id               UUID NOT NULL,
    code                    VARCHAR(64) NOT NULL,
    title                   CLOB,
    start_date              DATE NOT NULL,
    end_date                DATE NOT NULL,
    time_zone               VARCHAR(64) NOT NULL,
    delivery_mode           VARCHAR(16) NOT NULL,
    venue_name              VARCHAR(200),
    venue_address           VARCHAR(500),
    venue_city              VARCHAR(100),
    venue_country           VARCHAR(2),
    online_url              VARCHAR(500),
    language                VARCHAR(35) NOT NULL,
    capacity                INTEGER NOT NULL,
    waitlist_capacity       INTEGER,
    status                  VARCHAR(24) NOT NULL,
    status_changed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cancellation_reason     VARCHAR(1000),
    enrolled_count          INTEGER NOT NULL,
    waitlisted_count        INTEGER NOT NULL,
    next_waitlist_position  BIGINT NOT NULL,
    CONSTRAINT pk_ustoz_cohort PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_cohort_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_ustoz_cohort_course FOREIGN KEY (course_id) REFERENCES ustoz_course (id),
    CONSTRAINT ck_ustoz_cohort_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_ustoz_cohort_seats CHECK (capacity > 0 AND enrolled_count >= 0 AND enrolled_count <= capacity),
    CONSTRAINT ck_ustoz_cohort_waitlist CHECK (waitlisted_count >= 0
        AND (waitlist_capacity IS NULL OR waitlisted_count <= waitlist_capacity)),
    CONSTRAINT ck_ustoz_cohort_status CHECK (status = ANY(ARRAY['DRAFT', 'OPEN_FOR_ENROLMENT', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'])),
    CONSTRAINT ck_ustoz_cohort_mode CHECK (delivery_mode = ANY(ARRAY['IN_PERSON', 'ONLINE', 'BLENDED']))
);
CREATE INDEX ix_ustoz_cohort_course ON ustoz_cohort (course_id);
CREATE INDEX ix_ustoz_cohort_start ON ustoz_cohort (tenant_id, start_date);

CREATE TABLE ustoz_cohort_facilitator (
    cohort_id       UUID NOT NULL,
    position        INTEGER NOT NULL,
    name            VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    role            VARCHAR(100),
    CONSTRAINT pk_ustoz_cohort_facilitator PRIMARY KEY (cohort_id, position),
    CONSTRAINT fk_ustoz_facilitator_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id)
);

CREATE TABLE ustoz_cohort_partner (
    cohort_id       UUID NOT NULL,
    position        INTEGER NOT NULL,
    name            VARCHAR(300) NOT NULL,
    role            VARCHAR(32) NOT NULL,
    CONSTRAINT pk_ustoz_cohort_partner PRIMARY KEY (cohort_id, position),
    CONSTRAINT fk_ustoz_partner_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id)
);

CREATE TABLE ustoz_trainee (
    id              UUID NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id       VARCHAR(64) NOT NULL,
    full_name       VARCHAR(300) NOT NULL,
    latin_name      VARCHAR(300),
    email           VARCHAR(254) NOT NULL,
    country         VARCHAR(2) NOT NULL,
    region          VARCHAR(200),
    school          VARCHAR(300),
    external_id     VARCHAR(128),
    CONSTRAINT pk_ustoz_trainee PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_trainee_email UNIQUE (tenant_id, email),
    CONSTRAINT uk_ustoz_trainee_external UNIQUE (tenant_id, external_id)
);

CREATE TABLE ustoz_trainee_subject (
    trainee_id      UUID NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    CONSTRAINT pk_ustoz_trainee_subject PRIMARY KEY (trainee_id, subject),
    CONSTRAINT fk_ustoz_subject_trainee FOREIGN KEY (trainee_id) REFERENCES ustoz_trainee (id)
);

CREATE TABLE ustoz_trainee_language (
    trainee_id      UUID NOT NULL,
    language        VARCHAR(35) NOT NULL,
    CONSTRAINT pk_ustoz_trainee_language PRIMARY KEY (trainee_id, language),
    CONSTRAINT fk_ustoz_language_trainee FOREIGN KEY (trainee_id) REFERENCES ustoz_trainee (id)
);

-- Script-neutral name tokens: a name search is a prefix range scan on ix_ustoz_trainee_token.
CREATE TABLE ustoz_trainee_name_token (
    trainee_id      UUID NOT NULL,
    token           VARCHAR(100) NOT NULL,
    CONSTRAINT pk_ustoz_trainee_name_token PRIMARY KEY (trainee_id, token),
    CONSTRAINT fk_ustoz_token_trainee FOREIGN KEY (trainee_id) REFERENCES ustoz_trainee (id)
);
CREATE INDEX ix_ustoz_trainee_token ON ustoz_trainee_name_token (token, trainee_id);

CREATE TABLE ustoz_enrolment (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cohort_id           UUID NOT NULL,
    trainee_id          UUID NOT NULL,
    status              VARCHAR(16) NOT NULL,
    waitlist_position   BIGINT,
    requested_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    waitlisted_at       TIMESTAMP(6) WITH TIME ZONE,
    enrolled_at         TIMESTAMP(6) WITH TIME ZONE,
    completed_at        TIMESTAMP(6) WITH TIME ZONE,
    failed_at           TIMESTAMP(6) WITH TIME ZONE,
    withdrawn_at        TIMESTAMP(6) WITH TIME ZONE,
    reason              VARCHAR(1000),
    changed_by          VARCHAR(128),
    CONSTRAINT pk_ustoz_enrolment PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_enrolment UNIQUE (cohort_id, trainee_id),
    CONSTRAINT fk_ustoz_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT fk_ustoz_enrolment_trainee FOREIGN KEY (trainee_id) REFERENCES ustoz_trainee (id),
    CONSTRAINT ck_ustoz_enrolment_status CHECK (status = ANY(ARRAY['WAITLISTED', 'ENROLLED', 'COMPLETED', 'FAILED', 'WITHDRAWN'])),
    CONSTRAINT ck_ustoz_enrolment_waitlist CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL))
);
CREATE INDEX ix_ustoz_enrolment_status ON ustoz_enrolment (cohort_id, status, waitlist_position);
CREATE INDEX ix_ustoz_enrolment_trainee ON ustoz_enrolment (trainee_id);
