/**
 * API and SPI: completion rules, reports, and the {@link
 * org.ustoz.courses.completion.CompletionCriterion} SPI other modules and hosts contribute criteria
 * through.
 */
package org.ustoz.courses.completion;
