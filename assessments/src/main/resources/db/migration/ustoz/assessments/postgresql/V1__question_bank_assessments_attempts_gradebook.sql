-- Ustoz assessments, version 1: question bank, rubrics, assessments, attempts, gradebook (PostgreSQL).

CREATE TABLE ustoz_question_category (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id           VARCHAR(64) NOT NULL,
    code                VARCHAR(60) NOT NULL,
    name                TEXT NOT NULL,
    parent_id           UUID,
    CONSTRAINT pk_ustoz_question_category PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_question_category_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_ustoz_question_category_parent FOREIGN KEY (parent_id) REFERENCES ustoz_question_category (id)
);

CREATE TABLE ustoz_rubric (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id           VARCHAR(64) NOT NULL,
    title               TEXT NOT NULL,
    criteria            TEXT NOT NULL,
    revision            INTEGER NOT NULL,
    CONSTRAINT pk_ustoz_rubric PRIMARY KEY (id)
);

CREATE TABLE ustoz_question (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id           VARCHAR(64) NOT NULL,
    category_id         UUID NOT NULL,
    code                VARCHAR(60),
    type                VARCHAR(60) NOT NULL,
    latest_version      INTEGER NOT NULL,
    rubric_id           UUID,
    CONSTRAINT pk_ustoz_question PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_question_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_ustoz_question_category FOREIGN KEY (category_id) REFERENCES ustoz_question_category (id),
    CONSTRAINT fk_ustoz_question_rubric FOREIGN KEY (rubric_id) REFERENCES ustoz_rubric (id)
);
CREATE INDEX ix_ustoz_question_category ON ustoz_question (category_id);

CREATE TABLE ustoz_question_tag (
    question_id         UUID NOT NULL,
    tag                 VARCHAR(60) NOT NULL,
    CONSTRAINT pk_ustoz_question_tag PRIMARY KEY (question_id, tag),
    CONSTRAINT fk_ustoz_question_tag_question FOREIGN KEY (question_id) REFERENCES ustoz_question (id)
);
CREATE INDEX ix_ustoz_question_tag_tag ON ustoz_question_tag (tag);

CREATE TABLE ustoz_question_version (
    id                  UUID NOT NULL,
    question_id         UUID NOT NULL,
    number              INTEGER NOT NULL,
    type                VARCHAR(60) NOT NULL,
    points              NUMERIC(9, 2) NOT NULL,
    content             TEXT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(128),
    CONSTRAINT pk_ustoz_question_version PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_question_version UNIQUE (question_id, number),
    CONSTRAINT fk_ustoz_question_version_question FOREIGN KEY (question_id) REFERENCES ustoz_question (id)
);

CREATE TABLE ustoz_assessment (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id           VARCHAR(64) NOT NULL,
    cohort_id           UUID NOT NULL,
    module_id           UUID,
    code                VARCHAR(60) NOT NULL,
    title               TEXT NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    opens_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closes_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    time_limit_seconds  INTEGER,
    grace_seconds       INTEGER NOT NULL,
    attempts_allowed    INTEGER,
    grading_method      VARCHAR(10) NOT NULL,
    pass_percent        NUMERIC(5, 2) NOT NULL,
    shuffle_questions   BOOLEAN NOT NULL,
    shuffle_choices     BOOLEAN NOT NULL,
    CONSTRAINT pk_ustoz_assessment PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_assessment_code UNIQUE (cohort_id, code),
    CONSTRAINT fk_ustoz_assessment_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT fk_ustoz_assessment_module FOREIGN KEY (module_id) REFERENCES ustoz_course_module (id),
    CONSTRAINT ck_ustoz_assessment_kind CHECK (kind IN ('PRE_TEST', 'POST_TEST', 'FORMATIVE_QUIZ', 'SUMMATIVE_EXAM', 'ASSIGNMENT')),
    CONSTRAINT ck_ustoz_assessment_method CHECK (grading_method IN ('HIGHEST', 'LAST', 'FIRST', 'MEAN')),
    CONSTRAINT ck_ustoz_assessment_window CHECK (closes_at > opens_at)
);

CREATE TABLE ustoz_assessment_item (
    assessment_id       UUID NOT NULL,
    position            INTEGER NOT NULL,
    question_id         UUID NOT NULL,
    points              NUMERIC(9, 2) NOT NULL,
    rubric_id           UUID,
    CONSTRAINT pk_ustoz_assessment_item PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_ustoz_assessment_item_assessment FOREIGN KEY (assessment_id) REFERENCES ustoz_assessment (id),
    CONSTRAINT fk_ustoz_assessment_item_question FOREIGN KEY (question_id) REFERENCES ustoz_question (id),
    CONSTRAINT fk_ustoz_assessment_item_rubric FOREIGN KEY (rubric_id) REFERENCES ustoz_rubric (id)
);

CREATE TABLE ustoz_attempt (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    assessment_id       UUID NOT NULL,
    enrolment_id        UUID NOT NULL,
    trainee_id          UUID NOT NULL,
    number              INTEGER NOT NULL,
    seed                BIGINT NOT NULL,
    status              VARCHAR(16) NOT NULL,
    in_progress         VARCHAR(1),
    started_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP(6) WITH TIME ZONE,
    submitted_at        TIMESTAMP(6) WITH TIME ZONE,
    closed_overdue      BOOLEAN NOT NULL,
    graded_at           TIMESTAMP(6) WITH TIME ZONE,
    points              NUMERIC(9, 2),
    max_points          NUMERIC(9, 2) NOT NULL,
    CONSTRAINT pk_ustoz_attempt PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_attempt_in_progress UNIQUE (assessment_id, trainee_id, in_progress),
    CONSTRAINT uk_ustoz_attempt_number UNIQUE (assessment_id, trainee_id, number),
    CONSTRAINT fk_ustoz_attempt_assessment FOREIGN KEY (assessment_id) REFERENCES ustoz_assessment (id),
    CONSTRAINT fk_ustoz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES ustoz_enrolment (id),
    CONSTRAINT fk_ustoz_attempt_trainee FOREIGN KEY (trainee_id) REFERENCES ustoz_trainee (id),
    CONSTRAINT ck_ustoz_attempt_status CHECK (status IN ('IN_PROGRESS', 'NEEDS_GRADING', 'GRADED')),
    CONSTRAINT ck_ustoz_attempt_in_progress CHECK ((status = 'IN_PROGRESS' AND in_progress = 'Y') OR (status <> 'IN_PROGRESS' AND in_progress IS NULL))
);
CREATE INDEX ix_ustoz_attempt_enrolment ON ustoz_attempt (enrolment_id);
CREATE INDEX ix_ustoz_attempt_due ON ustoz_attempt (in_progress, due_at);

CREATE TABLE ustoz_attempt_answer (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attempt_id          UUID NOT NULL,
    slot                INTEGER NOT NULL,
    display_position    INTEGER NOT NULL,
    question_id         UUID NOT NULL,
    question_version_id UUID NOT NULL,
    max_points          NUMERIC(9, 2) NOT NULL,
    rubric_id           UUID,
    choice_order        TEXT,
    response            TEXT,
    state               VARCHAR(16) NOT NULL,
    credit              NUMERIC(9, 7),
    points              NUMERIC(9, 2),
    rubric_scores       TEXT,
    feedback            TEXT,
    graded_by           VARCHAR(128),
    graded_at           TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_ustoz_attempt_answer PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_attempt_answer_slot UNIQUE (attempt_id, slot),
    CONSTRAINT fk_ustoz_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES ustoz_attempt (id),
    CONSTRAINT fk_ustoz_attempt_answer_version FOREIGN KEY (question_version_id) REFERENCES ustoz_question_version (id),
    CONSTRAINT ck_ustoz_attempt_answer_state CHECK (state IN ('UNANSWERED', 'ANSWERED', 'NEEDS_GRADING', 'GRADED'))
);

CREATE TABLE ustoz_gradebook (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cohort_id           UUID NOT NULL,
    missing_grades      VARCHAR(10) NOT NULL,
    scale               TEXT,
    pass_percent        NUMERIC(5, 2),
    CONSTRAINT pk_ustoz_gradebook PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_gradebook_cohort UNIQUE (cohort_id),
    CONSTRAINT fk_ustoz_gradebook_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT ck_ustoz_gradebook_missing CHECK (missing_grades IN ('EXCLUDED', 'ZERO'))
);

CREATE TABLE ustoz_grade_category (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cohort_id           UUID NOT NULL,
    code                VARCHAR(60) NOT NULL,
    title               TEXT NOT NULL,
    weight              NUMERIC(9, 4) NOT NULL,
    aggregation         VARCHAR(16) NOT NULL,
    drop_lowest         INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    CONSTRAINT pk_ustoz_grade_category PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_grade_category_code UNIQUE (cohort_id, code),
    CONSTRAINT fk_ustoz_grade_category_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT ck_ustoz_grade_category_aggregation CHECK (aggregation IN ('WEIGHTED_MEAN', 'MEAN', 'SUM'))
);

CREATE TABLE ustoz_grade_item (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cohort_id           UUID NOT NULL,
    category_id         UUID NOT NULL,
    code                VARCHAR(60) NOT NULL,
    title               TEXT NOT NULL,
    assessment_id       UUID,
    max_points          NUMERIC(9, 2) NOT NULL,
    weight              NUMERIC(9, 4) NOT NULL,
    rubric_id           UUID,
    position            INTEGER NOT NULL,
    CONSTRAINT pk_ustoz_grade_item PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_grade_item_code UNIQUE (cohort_id, code),
    CONSTRAINT uk_ustoz_grade_item_assessment UNIQUE (assessment_id),
    CONSTRAINT fk_ustoz_grade_item_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT fk_ustoz_grade_item_category FOREIGN KEY (category_id) REFERENCES ustoz_grade_category (id),
    CONSTRAINT fk_ustoz_grade_item_assessment FOREIGN KEY (assessment_id) REFERENCES ustoz_assessment (id),
    CONSTRAINT fk_ustoz_grade_item_rubric FOREIGN KEY (rubric_id) REFERENCES ustoz_rubric (id)
);

CREATE TABLE ustoz_manual_grade (
    id                  UUID NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    item_id             UUID NOT NULL,
    enrolment_id        UUID NOT NULL,
    points              NUMERIC(9, 2) NOT NULL,
    rubric_scores       TEXT,
    feedback            TEXT,
    graded_by           VARCHAR(128),
    graded_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ustoz_manual_grade PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_manual_grade UNIQUE (item_id, enrolment_id),
    CONSTRAINT fk_ustoz_manual_grade_item FOREIGN KEY (item_id) REFERENCES ustoz_grade_item (id),
    CONSTRAINT fk_ustoz_manual_grade_enrolment FOREIGN KEY (enrolment_id) REFERENCES ustoz_enrolment (id)
);

CREATE TABLE ustoz_grade_override (
    id                  UUID NOT NULL,
    cohort_id           UUID NOT NULL,
    enrolment_id        UUID NOT NULL,
    item_id             UUID,
    grade_value         NUMERIC(9, 2),
    reason              VARCHAR(1000) NOT NULL,
    changed_by          VARCHAR(128),
    changed_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ustoz_grade_override PRIMARY KEY (id),
    CONSTRAINT fk_ustoz_grade_override_cohort FOREIGN KEY (cohort_id) REFERENCES ustoz_cohort (id),
    CONSTRAINT fk_ustoz_grade_override_enrolment FOREIGN KEY (enrolment_id) REFERENCES ustoz_enrolment (id),
    CONSTRAINT fk_ustoz_grade_override_item FOREIGN KEY (item_id) REFERENCES ustoz_grade_item (id)
);
CREATE INDEX ix_ustoz_grade_override_cohort ON ustoz_grade_override (cohort_id, changed_at);
