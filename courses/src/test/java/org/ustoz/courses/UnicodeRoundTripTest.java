package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.CreateCourse;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeView;

/** Names and titles in every script the programmes use come back exactly as written. */
class UnicodeRoundTripTest extends ServiceTest {

    static int serial;

    @ParameterizedTest
    @ValueSource(strings = {
        "Зарина Раҳмонова ӣ ӯ ҳ ҷ қ ғ Ӣ Ӯ Ҳ Ҷ Қ Ғ",          // Tajik Cyrillic
        "Oʻtkir Gʻulomov oʻ gʻ Oʻ Gʻ ʼ",                     // Uzbek Latin with U+02BB and U+02BC
        "Ўткир Ғуломов қ ҳ ў",                               // Uzbek Cyrillic
        "Әлия Нұрланқызы ә ң ө ұ ү һ і Ә Ң Ө Ұ Ү Һ І",      // Kazakh
        "김민수 교육의 디지털화",                                 // Korean Hangul
        "Учитель 😀👩‍🏫 🇹🇯",                                    // emoji outside the BMP and ZWJ sequences
        "e\u0301 (decomposed) é (composed)",                 // no normalisation behind the caller's back
    })
    void survivesARoundTripUnchanged(String text) {
        serial++;
        TraineeView trainee = f.courses.trainees().register(new RegisterTrainee(text, text, "u" + serial + "@example.tj",
                "TJ", text, text, List.of(text), List.of("tg"), "ext-" + serial));
        CourseView course = f.courses.catalogue().createCourse(new CreateCourse("U" + serial,
                LocalizedText.builder().put("tg", text).put("ko", text + " 과정").build(),
                LocalizedText.of("kk", text), List.of(LocalizedText.of("uz", text)), BigDecimal.TEN));

        TraineeView readTrainee = f.courses.trainees().get(trainee.id());
        assertThat(readTrainee.fullName()).isEqualTo(text);
        assertThat(readTrainee.latinName()).isEqualTo(text);
        assertThat(readTrainee.region()).isEqualTo(text);
        assertThat(readTrainee.school()).isEqualTo(text);
        assertThat(readTrainee.subjects()).containsExactly(text);

        CourseView readCourse = f.courses.catalogue().get(course.id());
        assertThat(readCourse.title().get(Locale.forLanguageTag("tg"))).isEqualTo(text);
        assertThat(readCourse.title().get(Locale.KOREAN)).isEqualTo(text + " 과정");
        assertThat(readCourse.description().get(Locale.forLanguageTag("kk"))).isEqualTo(text);
        assertThat(readCourse.learningOutcomes().get(0).primary()).isEqualTo(text);
        // and below the service layer, the column holds the same characters
        String stored = (String) t.runtime().read(em -> em.createNativeQuery(
                "select full_name from ustoz_trainee where external_id = 'ext-" + serial + "'").getSingleResult());
        assertThat(stored).isEqualTo(text);
    }
}
