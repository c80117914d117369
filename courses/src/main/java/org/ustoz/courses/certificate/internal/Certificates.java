package org.ustoz.courses.certificate.internal;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import com.ibm.icu.util.ULocale;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.courses.certificate.CertificateEvent;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.Partner;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.trainee.internal.Trainee;

/** Issues certificates, by hand or on completion, with a copy of what they certify. */
public final class Certificates {

    /** The actor recorded for what a completion evaluation does on its own, such as revoking. */
    public static final String EVALUATION = "ustoz:completion";

    private final UstozRuntime ustoz;
    private final VerificationCodes codes;

    public Certificates(UstozRuntime ustoz, VerificationCodes codes) {
        this.ustoz = ustoz;
        this.codes = codes;
    }

    /** Persists a new certificate for a completed enrolment and announces it. */
    public Certificate issue(EntityManager em, Enrolment enrolment, String actor, java.time.Instant at) {
        Cohort cohort = enrolment.getCohort();
        Trainee trainee = enrolment.getTrainee();
        Certificate c = new Certificate(cohort.getTenantId(), enrolment.getId(), cohort.getId(), trainee.getId(),
                codes.next(), contents(cohort, trainee), actor, at);
        em.persist(c);
        ustoz.publish(em, new CertificateEvent.Issued(c.getTenantId(), c.getId(), c.getCode(), enrolment.getId(),
                cohort.getId(), trainee.getId(), at));
        return c;
    }

    public static Certificate.Contents contents(Cohort cohort, Trainee trainee) {
        String place = cohort.getVenue() == null ? null
                : cohort.getVenue().name() + (cohort.getVenue().city() == null ? "" : ", " + cohort.getVenue().city());
        List<String> facilitators = cohort.getFacilitators().stream().map(Facilitator::name).toList();
        List<String> partners = cohort.getPartners().stream().map(Partner::name).toList();
        return new Certificate.Contents(trainee.getFullName(), trainee.getLatinName(), trainee.getPreferredLanguage(),
                hostLanguage(cohort), cohort.getCourse().getTitle(), cohort.displayTitle(), cohort.getStartDate(),
                cohort.getEndDate(), place, cohort.getCourse().getTotalHours(), facilitators, partners);
    }

    /**
     * The host's language: the usual language of the venue's country (Korean for a seminar in Sejong,
     * whatever its language of instruction), or the language of instruction of an online cohort.
     */
    public static Locale hostLanguage(Cohort cohort) {
        if (cohort.getVenue() == null || cohort.getVenue().country() == null) {
            return cohort.getLanguage();
        }
        String language = ULocale.addLikelySubtags(new ULocale("und_" + cohort.getVenue().country())).getLanguage();
        return language.isEmpty() || language.equals("und") ? cohort.getLanguage() : Locale.forLanguageTag(language);
    }
}
