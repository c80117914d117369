/**
 * Internal: the cohort entity with its venue, partners and facilitators, and the cohort service.
 */
package org.ustoz.courses.cohort.internal;
