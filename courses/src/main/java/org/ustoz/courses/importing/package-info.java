/**
 * API: importing trainees from CSV files (Moodle "upload users", OneRoster {@code users.csv}, or a
 * mapping of one's own), with a dry run that reports per row what would happen.
 */
package org.ustoz.courses.importing;
