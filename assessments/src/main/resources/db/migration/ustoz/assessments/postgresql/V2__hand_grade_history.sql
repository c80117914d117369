-- The history of hand grades: every grade given by hand and every change of its points by a regrade,
-- one row per version of the answer it was made on (so of concurrent grades on one version, one is kept).
CREATE TABLE ustoz_answer_grade_change (
    id                  UUID NOT NULL,
    answer_id           UUID NOT NULL,
    answer_version      BIGINT NOT NULL,
    changed_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by          VARCHAR(128),
    kind                VARCHAR(16) NOT NULL,
    why                 VARCHAR(1000),
    previous_points     NUMERIC(9, 2),
    new_points          NUMERIC(9, 2) NOT NULL,
    previous_levels     TEXT,
    new_levels          TEXT,
    feedback_changed    BOOLEAN NOT NULL,
    CONSTRAINT pk_ustoz_answer_grade_change PRIMARY KEY (id),
    CONSTRAINT uk_ustoz_answer_grade_change_version UNIQUE (answer_id, answer_version),
    CONSTRAINT fk_ustoz_answer_grade_change_answer FOREIGN KEY (answer_id) REFERENCES ustoz_attempt_answer (id),
    CONSTRAINT ck_ustoz_answer_grade_change_kind CHECK (kind IN ('BY_HAND', 'RUBRIC_REGRADE'))
);
