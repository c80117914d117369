package org.ustoz.assessments.analytics;

import java.util.UUID;

/** Learning gain and item analysis. Each report is read with a fixed number of statements. */
public interface AnalyticsService {

    /**
     * Learning gain from a pre-test to a post-test of one cohort.
     *
     * @throws org.ustoz.core.error.UstozException {@code assessments.gain.not-paired} when they are not a
     *         pre-test and a post-test of the same cohort
     */
    LearningGainReport learningGain(UUID preTestId, UUID postTestId);

    ItemAnalysisReport itemAnalysis(UUID assessmentId);
}
