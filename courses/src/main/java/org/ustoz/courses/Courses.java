package org.ustoz.courses;

import java.util.Objects;

import org.ustoz.core.Ustoz;
import org.ustoz.courses.catalogue.CatalogueService;
import org.ustoz.courses.cohort.CohortService;
import org.ustoz.courses.enrolment.EnrolmentService;
import org.ustoz.courses.internal.CatalogueServiceImpl;
import org.ustoz.courses.internal.CohortServiceImpl;
import org.ustoz.courses.internal.EnrolmentServiceImpl;
import org.ustoz.courses.internal.TraineeServiceImpl;
import org.ustoz.courses.trainee.TraineeService;

/**
 * The services of the courses module over one {@link Ustoz}: catalogue, cohorts, trainees and
 * enrolment. Thread-safe; create it once next to the {@code Ustoz} and share it.
 *
 * <pre>{@code
 * Courses courses = Courses.of(ustoz);
 * CourseView course = courses.catalogue().createCourse(new CreateCourse(...));
 * }</pre>
 */
public final class Courses {

    private final CatalogueService catalogue;
    private final CohortService cohorts;
    private final TraineeService trainees;
    private final EnrolmentService enrolments;

    private Courses(Ustoz ustoz) {
        this.catalogue = new CatalogueServiceImpl(ustoz);
        this.enrolments = new EnrolmentServiceImpl(ustoz);
        this.cohorts = new CohortServiceImpl(ustoz);
        this.trainees = new TraineeServiceImpl(ustoz);
    }

    /** The courses services over a configured Ustoz. */
    public static Courses of(Ustoz ustoz) {
        return new Courses(Objects.requireNonNull(ustoz));
    }

    public CatalogueService catalogue() {
        return catalogue;
    }

    public CohortService cohorts() {
        return cohorts;
    }

    public TraineeService trainees() {
        return trainees;
    }

    public EnrolmentService enrolments() {
        return enrolments;
    }
}
