/**
 * API: trainees (teacher profiles) and cross-script search.
 */
package org.ustoz.courses.trainee;
