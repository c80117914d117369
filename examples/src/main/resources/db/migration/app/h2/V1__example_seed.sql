-- The example application's own table, migrated by Boot's Flyway beside Ustoz's migrations:
-- it records which demo data was seeded, so that a second start on the same database adds nothing.
CREATE TABLE example_seed (
    name      VARCHAR(64) NOT NULL PRIMARY KEY,
    seeded_at TIMESTAMP   NOT NULL
);
