package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.testing.Bundles;
import org.ustoz.courses.certificate.internal.CertificatePages;

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
}
