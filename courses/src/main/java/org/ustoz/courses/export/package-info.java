/**
 * API: cohort exports for spreadsheets: the roster and the attendance register as CSV (RFC 4180).
 */
package org.ustoz.courses.export;
