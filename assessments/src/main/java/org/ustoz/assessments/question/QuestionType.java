package org.ustoz.assessments.question;

import java.util.List;

/**
 * SPI: a kind of question, which checks its content and grades responses. Ustoz ships single choice,
 * multiple response, true/false, short answer, numeric, matching, ordering and essay (see
 * {@link QuestionTypes}); a host adds its own by implementing this interface and registering it with
 * {@code Assessments.builder(ustoz).questionType(...)} or in
 * {@code META-INF/services/org.ustoz.assessments.question.QuestionType}.
 *
 * <p>Implementations are shared between threads and must be stateless and deterministic: the same
 * content and response always earn the same credit, so regrading reproduces a grade.
 */
public interface QuestionType {

    /** The stable key stored with each question, such as {@code single-choice}. */
    String id();

    /**
     * Whether responses are graded by a person (essays) rather than by {@link #grade}. Attempts with
     * such a response go to the grading queue when submitted.
     */
    default boolean gradedByHand() {
        return false;
    }

    /**
     * Whether the order of the choices may be shuffled per attempt when the assessment shuffles
     * options. Ordering questions always present their items shuffled, whatever this says.
     */
    default boolean shufflesChoices() {
        return true;
    }

    /** What is wrong with this content for this type; empty when it is fine. */
    List<ContentProblem> problemsWith(QuestionContent content);

    /**
     * What is wrong with the shape of this response (an unknown choice key, two values where one is
     * expected, a number that is not a number); empty when it can be stored. Grading is not done
     * here.
     */
    List<String> problemsWithResponse(QuestionContent content, Response response);

    /**
     * The credit a response earns. Called only for types not {@link #gradedByHand() graded by hand}
     * and only with responses whose shape was accepted; an empty response earns {@link Credit#NONE}.
     */
    Credit grade(QuestionContent content, Response response);
}
