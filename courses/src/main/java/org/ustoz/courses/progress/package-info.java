/**
 * API: progress of trainees and the at-risk dashboard.
 */
package org.ustoz.courses.progress;
