-- Ustoz courses, version 2: timetable, attendance, completion rules and certificates (PostgreSQL).

ALTER TABLE ustoz_trainee ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE ustoz_trainee ADD COLUMN preferred_language VARCHAR(35);
ALTER TABLE ustoz_enrolment ADD COLUMN unmet_criteria VARCHAR(2000);

CREATE TABLE ustoz_session (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id           VARCHAR(64) NOT NULL,
    cohort_id           UUID NOT NULL,
    module_id           UUID,
    title               TEXT,
    starts_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ends_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    room                VARCHAR(200),
    online_url          VARCHAR(500),
    status              VARCHAR(16) NOT NULL,
    cancellation_reason VARCHAR(1000),
    CONSTRAINT pk_ustoz_session PRIMARY KEY (id),
    CONSTRAINT fk_ustoz_session_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT fk_ustoz_session_module FOREIGN KEY (module_id) REFERENCES ustoz_course_module (id),
    CONSTRAINT ck_ustoz_session_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_ustoz_session_status CHECK (status IN ('SCHEDULED', 'CANCELLED'))
);
CREATE INDEX ix_ustoz_session_cohort ON ustoz_session (cohort_id, starts_at);
CREATE INDEX ix_ustoz_session_time ON ustoz_session (tenant_id, starts_at);
CREATE INDEX ix_ustoz_session_module ON ustoz_session (module_id);

CREATE TABLE ustoz_session_facilitator (
    session_id      UUID NOT NULL,
    position        INTEGER NOT NULL,
    name            VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    role            VARCHAR(100),
    CONSTRAINT pk_ustoz_session_facilitator PRIMARY KEY (session_id, position),
    CONSTRAINT fk_ustoz_session_facilitator FOREIGN KEY (session_id) REFERENCES ustoz_session (id)
);

CREATE TABLE ustoz_session_booking (
    session_id      UUID NOT NULL,
    resource_key    VARCHAR(300) NOT NULL,
    CONSTRAINT pk_ustoz_session_booking PRIMARY KEY (session_id, resource_key),
    CONSTRAINT fk_ustoz_session_booking FOREIGN KEY (session_id) REFERENCES ustoz_session (id)
);
CREATE INDEX ix_ustoz_session_booking_key ON ustoz_session_booking (resource_key);

CREATE TABLE ustoz_schedule_lock (
    tenant_id       VARCHAR(64) NOT NULL,
    resource_key    VARCHAR(300) NOT NULL,
    CONSTRAINT pk_ustoz_schedule_lock PRIMARY KEY (tenant_id, resource_key)
);

CREATE TABLE ustoz_attendance (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    session_id          UUID NOT NULL,
    enrolment_id        UUID NOT NULL,
    status              VARCHAR(16) NOT NULL,
    late_minutes        INTEGER NOT NULL,
    left_early_minutes  INTEGER NOT NULL,
    reason              VARCHAR(1000),
    recorded_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by         VARCHAR(128),
    CONSTRAINT pk_ustoz_attendance PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_attendance UNIQUE (session_id, enrolment_id),
    CONSTRAINT fk_ustoz_attendance_session FOREIGN KEY (session_id) REFERENCES ustoz_session (id),
    CONSTRAINT fk_ustoz_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES ustoz_enrolment (id),
    CONSTRAINT ck_ustoz_attendance_status CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    CONSTRAINT ck_ustoz_attendance_minutes CHECK (late_minutes >= 0 AND left_early_minutes >= 0
        AND (status = 'PRESENT' OR (late_minutes = 0 AND left_early_minutes = 0)))
);
CREATE INDEX ix_ustoz_attendance_enrolment ON ustoz_attendance (enrolment_id);

CREATE TABLE ustoz_attendance_change (
    id                          UUID NOT NULL,
    attendance_id               UUID NOT NULL,
    changed_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by                  VARCHAR(128),
    why                         VARCHAR(1000) NOT NULL,
    previous_status             VARCHAR(16) NOT NULL,
    previous_late_minutes       INTEGER NOT NULL,
    previous_left_early_minutes INTEGER NOT NULL,
    previous_reason             VARCHAR(1000),
    new_status                  VARCHAR(16) NOT NULL,
    new_late_minutes            INTEGER NOT NULL,
    new_left_early_minutes      INTEGER NOT NULL,
    new_reason                  VARCHAR(1000),
    CONSTRAINT pk_ustoz_attendance_change PRIMARY KEY (id),
    CONSTRAINT fk_ustoz_attendance_change FOREIGN KEY (attendance_id) REFERENCES ustoz_attendance (id)
);
CREATE INDEX ix_ustoz_attendance_change ON ustoz_attendance_change (attendance_id, changed_at);

CREATE TABLE ustoz_completion_policy (
    id                      UUID NOT NULL,
    version                 BIGINT NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cohort_id               UUID NOT NULL,
    min_attendance_percent  NUMERIC(5, 2) NOT NULL,
    excused_absences        VARCHAR(16) NOT NULL,
    issue_certificates      BOOLEAN NOT NULL,
    CONSTRAINT pk_ustoz_completion_policy PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_completion_policy UNIQUE (cohort_id),
    CONSTRAINT fk_ustoz_completion_policy FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT ck_ustoz_completion_percent CHECK (min_attendance_percent >= 0 AND min_attendance_percent <= 100),
    CONSTRAINT ck_ustoz_completion_excused CHECK (excused_absences IN ('NOT_COUNTED', 'AS_PRESENT', 'AS_ABSENT'))
);

CREATE TABLE ustoz_completion_module (
    policy_id       UUID NOT NULL,
    module_id       UUID NOT NULL,
    CONSTRAINT pk_ustoz_completion_module PRIMARY KEY (policy_id, module_id),
    CONSTRAINT fk_ustoz_completion_module_policy FOREIGN KEY (policy_id) REFERENCES ustoz_completion_policy (id),
    CONSTRAINT fk_ustoz_completion_module FOREIGN KEY (module_id) REFERENCES ustoz_course_module (id)
);

CREATE TABLE ustoz_completion_criterion (
    policy_id       UUID NOT NULL,
    position        INTEGER NOT NULL,
    type            VARCHAR(100) NOT NULL,
    parameters      VARCHAR(4000),
    CONSTRAINT pk_ustoz_completion_criterion PRIMARY KEY (policy_id, position),
    CONSTRAINT fk_ustoz_completion_criterion FOREIGN KEY (policy_id) REFERENCES ustoz_completion_policy (id)
);

CREATE TABLE ustoz_certificate (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id           VARCHAR(64) NOT NULL,
    enrolment_id        UUID NOT NULL,
    cohort_id           UUID NOT NULL,
    trainee_id          UUID NOT NULL,
    code                VARCHAR(32) NOT NULL,
    status              VARCHAR(16) NOT NULL,
    issued_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    issued_by           VARCHAR(128),
    revoked_at          TIMESTAMP(6) WITH TIME ZONE,
    revoked_by          VARCHAR(128),
    revocation_reason   VARCHAR(1000),
    trainee_name        VARCHAR(300) NOT NULL,
    trainee_latin_name  VARCHAR(300),
    trainee_language    VARCHAR(35),
    host_language       VARCHAR(35) NOT NULL,
    course_title        TEXT NOT NULL,
    cohort_title        TEXT NOT NULL,
    start_date          DATE NOT NULL,
    end_date            DATE NOT NULL,
    place               VARCHAR(500),
    hours               NUMERIC(7, 2) NOT NULL,
    facilitators        VARCHAR(4000) NOT NULL,
    partners            VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_ustoz_certificate PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT uk_ustoz_certificate_code UNIQUE (code),
    CONSTRAINT fk_ustoz_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES ustoz_enrolment (id),
    CONSTRAINT fk_ustoz_certificate_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT fk_ustoz_certificate_trainee FOREIGN KEY (trainee_id) REFERENCES ustoz_trainee (id),
    CONSTRAINT ck_ustoz_certificate_status CHECK (status IN ('VALID', 'REVOKED')),
    CONSTRAINT ck_ustoz_certificate_revoked CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL))
);
CREATE INDEX ix_ustoz_certificate_cohort ON ustoz_certificate (cohort_id);
CREATE INDEX ix_ustoz_certificate_trainee ON ustoz_certificate (trainee_id);
