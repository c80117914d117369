package org.ustoz.assessments.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Learning gain between a pre-test and a post-test. A trainee counts with a graded attempt at both:
 * the first graded attempt of the pre-test and the last of the post-test.
 *
 * @param averageGain     the mean of the trainees' defined normalised gains (ḡ)
 * @param gainOfAverages  Hake's ⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩) over the cohort's mean percentages
 * @param counted         trainees with a graded attempt at both tests
 * @param undefinedFor    names of trainees whose gain is undefined (pre-test at the maximum)
 */
public record LearningGainReport(UUID preTestId, UUID postTestId, List<TraineeGain> trainees, BigDecimal averageGain,
                                 BigDecimal gainOfAverages, int counted, List<String> undefinedFor,
                                 List<CategoryGain> categories) {
}
