package org.ustoz.assessments.internal;

import org.ustoz.assessments.question.internal.ContentConverter;
import org.ustoz.assessments.question.internal.RubricConverter;
import java.util.List;
import java.util.Map;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.attempt.internal.Attempt;
import org.ustoz.assessments.attempt.internal.AnswerGradeChange;
import org.ustoz.assessments.attempt.internal.AttemptAnswer;
import org.ustoz.assessments.gradebook.internal.GradeCategory;
import org.ustoz.assessments.gradebook.internal.GradeItem;
import org.ustoz.assessments.gradebook.internal.GradeOverride;
import org.ustoz.assessments.gradebook.internal.GradebookSettings;
import org.ustoz.assessments.gradebook.internal.ManualGrade;
import org.ustoz.assessments.question.internal.Rubric;
import org.ustoz.assessments.question.internal.Question;
import org.ustoz.assessments.question.internal.QuestionCategory;
import org.ustoz.assessments.question.internal.QuestionVersion;
import org.ustoz.core.UstozModule;
import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.ErrorCode;

/** The assessments module: its entities, migrations and constraints. */
public final class AssessmentsModule implements UstozModule {

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(QuestionCategory.class, Question.class, QuestionVersion.class, Rubric.class, Assessment.class,
                Attempt.class, AttemptAnswer.class, AnswerGradeChange.class, GradebookSettings.class, GradeCategory.class, GradeItem.class,
                ManualGrade.class, GradeOverride.class, ContentConverter.class, RubricConverter.class);
    }

    @Override
    public Map<String, ErrorCode> constraintErrors() {
        return Map.of(
                "uk_ustoz_question_category_code", AssessmentsError.CATEGORY_CODE_TAKEN,
                "uk_ustoz_question_code", AssessmentsError.QUESTION_CODE_TAKEN,
                "uk_ustoz_assessment_code", AssessmentsError.ASSESSMENT_CODE_TAKEN,
                "uk_ustoz_attempt_in_progress", AssessmentsError.ATTEMPT_IN_PROGRESS,
                "uk_ustoz_attempt_number", AssessmentsError.ATTEMPT_IN_PROGRESS,
                "uk_ustoz_grade_category_code", AssessmentsError.GRADE_CATEGORY_CODE_TAKEN,
                "uk_ustoz_grade_item_code", AssessmentsError.GRADE_ITEM_CODE_TAKEN,
                "uk_ustoz_grade_item_assessment", AssessmentsError.GRADE_ITEM_ASSESSMENT_TAKEN,
                "uk_ustoz_answer_grade_change_version", CoreError.CONCURRENT_MODIFICATION);
    }
}
