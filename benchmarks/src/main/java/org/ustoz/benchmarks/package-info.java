/**
 * Benchmarks, not a library API: Ustoz timed against hand-written baselines in the same run.
 */
package org.ustoz.benchmarks;
