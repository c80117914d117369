package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.testing.Bundles;
import org.ustoz.courses.catalogue.CourseStatus;
import org.ustoz.courses.certificate.internal.CertificatePages;
import org.ustoz.courses.cohort.CohortStatus;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.enrolment.EnrolmentStatus;

class CoursesMessagesTest {

    @Test
    void everyCoursesCodeHasAMessageInEveryLanguage() {
        Bundles.assertEveryCodeHasAMessageInEveryLanguage(CoursesError.values());
    }

    @Test
    void everyValidationMessageExistsInEveryLanguage() {
        Bundles.assertSameKeysInEveryLanguage("org.ustoz.courses.ValidationMessages");
    }

    @Test
    void everyMessageAndCertificateLabelRendersInEveryLanguage() {
        for (String baseName : new String[] {"org.ustoz.courses.messages", CertificatePages.LABELS}) {
            Bundles.assertSameKeysInEveryLanguage(baseName);
            Bundles.assertEveryPatternRendersInEveryLanguage(baseName);
        }
    }

    @Test
    void kyrgyzTurkmenAndUzbekInBothScriptsHaveTheirOwnTextsAndLabels() {
        assertThat(CertificatePages.label(Locale.forLanguageTag("ky"), "certificate.title")).contains("Окууну аяктагандыгы");
        assertThat(CertificatePages.label(Locale.forLanguageTag("tk"), "certificate.title")).contains("Okuwy tamamlandygy");
        assertThat(CertificatePages.label(Locale.forLanguageTag("uz-Cyrl"), "certificate.title"))
                .isEqualTo("Ўқишни тамомлаганлик тўғрисида сертификат");
        assertThat(CertificatePages.label(Locale.forLanguageTag("uz"), "certificate.title"))
                .isEqualTo("Oʻqishni tamomlaganlik toʻgʻrisida sertifikat");
        assertThat(CertificatePages.label(Locale.forLanguageTag("uz-Latn"), "certificate.title"))
                .isEqualTo("Oʻqishni tamomlaganlik toʻgʻrisida sertifikat");

        assertThat(UstozException.render(CoursesError.COURSE_NOT_FOUND, Locale.forLanguageTag("uz-Cyrl"), "X"))
                .matches("(?s).*[\\u0400-\\u04FF].*").doesNotContain("topilmadi");
        assertThat(UstozException.render(CoursesError.COURSE_NOT_FOUND, Locale.forLanguageTag("uz"), "X"))
                .doesNotMatch("(?s).*[\\u0400-\\u04FF].*");
    }

    /** The codes whose message shows a status or kind, with the enum of each such argument by position. */
    static final Map<CoursesError, Map<Integer, Class<? extends Enum<?>>>> ENUM_ARGUMENTS = Map.of(
            CoursesError.COURSE_NOT_DRAFT, Map.of(1, CourseStatus.class),
            CoursesError.COURSE_NOT_PUBLISHED, Map.of(1, CourseStatus.class),
            CoursesError.COHORT_VENUE_REQUIRED, Map.of(0, DeliveryMode.class),
            CoursesError.COHORT_ONLINE_URL_REQUIRED, Map.of(0, DeliveryMode.class),
            CoursesError.COHORT_ILLEGAL_TRANSITION, Map.of(1, CohortStatus.class, 2, CohortStatus.class),
            CoursesError.COHORT_NOT_OPEN, Map.of(1, CohortStatus.class),
            CoursesError.ENROLMENT_ILLEGAL_TRANSITION, Map.of(0, EnrolmentStatus.class, 1, EnrolmentStatus.class),
            CoursesError.SESSION_COHORT_CLOSED, Map.of(1, CohortStatus.class),
            CoursesError.COMPLETION_COHORT_NOT_RUNNING, Map.of(1, CohortStatus.class),
            CoursesError.CERTIFICATE_NOT_COMPLETED, Map.of(1, EnrolmentStatus.class));

    @Test
    void noMessageShowsAStatusOrKindByItsConstantNameInAnyLanguage() {
        Bundles.assertNoEnumConstantIsShown(ENUM_ARGUMENTS);
    }

    @Test
    void statusesAreShownByTheirLocalizedNames() {
        Locale tajik = Locale.forLanguageTag("tg");
        assertThat(UstozException.render(CoursesError.COHORT_ILLEGAL_TRANSITION, tajik, "C-1", CohortStatus.COMPLETED,
                CohortStatus.OPEN_FOR_ENROLMENT))
                .isEqualTo("[courses.cohort.illegal-transition] Гурӯҳи C-1 аз ҳолати «анҷомёфта» ба ҳолати"
                        + " «барои қабул кушода» гузашта наметавонад.");
        assertThat(UstozException.render(CoursesError.COHORT_NOT_OPEN, Locale.forLanguageTag("ru"), "C-1",
                CohortStatus.DRAFT)).contains("в статусе «черновик»").doesNotContain("DRAFT");
        UstozException e = new UstozException(CoursesError.ENROLMENT_ILLEGAL_TRANSITION, EnrolmentStatus.WITHDRAWN,
                EnrolmentStatus.ENROLLED);
        assertThat(e.getMessage()).isEqualTo(
                "[courses.enrolment.illegal-transition] The enrolment cannot move from status \"withdrawn\" to status \"enrolled\".");
        assertThat(e.getMessage(Locale.forLanguageTag("ru"))).contains("из статуса «зачисление отменено» в статус «обучается»");
        assertThat(e.arguments()).containsExactly(EnrolmentStatus.WITHDRAWN, EnrolmentStatus.ENROLLED);
    }

    @Test
    void countsTakeThePluralFormOfTheLanguage() {
        Locale ru = Locale.forLanguageTag("ru");
        String[] expected = {"зачислен 1 слушатель", "зачислены 2 слушателя", "зачислено 5 слушателей", "зачислен 21 слушатель"};
        int[] counts = {1, 2, 5, 21};
        for (int i = 0; i < counts.length; i++) {
            assertThat(UstozException.render(CoursesError.COHORT_CAPACITY_BELOW_ENROLLED, ru, "C-1", 0, counts[i]))
                    .endsWith(": уже " + expected[i] + ".");
        }
        assertThat(UstozException.render(CoursesError.COHORT_CAPACITY_BELOW_ENROLLED, Locale.ENGLISH, "C-1", 0, 1))
                .endsWith(": 1 trainee is already enrolled.");
        assertThat(UstozException.render(CoursesError.COHORT_CAPACITY_BELOW_ENROLLED, Locale.ENGLISH, "C-1", 0, 2))
                .endsWith(": 2 trainees are already enrolled.");
        assertThat(UstozException.render(CoursesError.SESSION_HAS_ATTENDANCE, Locale.ROOT, "S", 1L))
                .contains("recorded for 1 trainee:");
        assertThat(UstozException.render(CoursesError.MODULE_HOURS_EXCEED_COURSE, Locale.ROOT, "M",
                new java.math.BigDecimal("41.5"), new java.math.BigDecimal("40")))
                .contains("total 41.5 hours, more than the 40 hours of the course");
    }
}
