package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeSearch;
import org.ustoz.courses.trainee.TraineeView;
import org.ustoz.courses.trainee.UpdateTraineeProfile;

class TraineeTest extends ServiceTest {


    @BeforeAll
    static void start() {
        asTenant("search", () -> {
            // stored without a Latin form: found only through transliteration
            for (String name : List.of("Зарина Раҳмонова", "Ҷамшед Қурбонов", "Фирӯза Ҳасанзода", "Шаҳло Ғафурова",
                    "Иброҳим Ҷӯраев", "Ўткир Султонов", "Шохрух Холматов", "Ержан Нұрланұлы", "Әлия Сәрсенова",
                    "Дмитрий Соколов", "김민수")) {
                f.trainee(name, null);
            }
            // stored in Latin letters only: found from Cyrillic input
            f.trainee("Gʻulom Oʻrinboyev", null);
            f.trainee("Dilnoza Yusupova", null);
        });
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
        "Rahmonova, Зарина Раҳмонова",
        "zarina rahm, Зарина Раҳмонова",
        "Jamshed Qurbonov, Ҷамшед Қурбонов",
        "Kurbonov, Ҷамшед Қурбонов",
        "Firuza Hasanzoda, Фирӯза Ҳасанзода",
        "Shahlo Gafurova, Шаҳло Ғафурова",
        "Ghafurova, Шаҳло Ғафурова",
        "Juraev, Иброҳим Ҷӯраев",
        "Jurayev, Иброҳим Ҷӯраев",
        "Oʻtkir, Ўткир Султонов",
        "O'tkir Sultonov, Ўткир Султонов",
        "Shoxrux Xolmatov, Шохрух Холматов",
        "Erzhan, Ержан Нұрланұлы",
        "Yerzhan Nurlanuly, Ержан Нұрланұлы",
        "Aliya Sarsenova, Әлия Сәрсенова",
        "Dmitrii Sokolov, Дмитрий Соколов",
        "Ғулом Ўринбоев, Gʻulom Oʻrinboyev",
        "Ўринбоев, Gʻulom Oʻrinboyev",
        "Дилноза Юсупова, Dilnoza Yusupova",
        "Раҳмонова, Зарина Раҳмонова",
        "김민수, 김민수",
    })
    void findsNamesAcrossScripts(String query, String expected) {
        asTenant("search", () -> {
            var page = f.courses.trainees().search(TraineeSearch.of(query));
            assertThat(page.items()).extracting(TraineeView::fullName).containsExactly(expected);
        });
    }

    @Test
    void searchNeedsEveryWordAndStaysInTheTenant() {
        asTenant("search", () -> {
            assertThat(f.courses.trainees().search(TraineeSearch.of("Zarina Qurbonov")).items()).isEmpty();
            assertThat(f.courses.trainees().search(TraineeSearch.of("…")).items()).isEmpty();
        });
        assertThat(f.courses.trainees().search(TraineeSearch.of("Rahmonova")).items()).isEmpty();
    }

    @Test
    void searchTakesTheSameStatementsWhateverTheMatches() {
        asTenant("many", () -> {
            t.runtime().inTransaction(em -> {
                for (int i = 0; i < 120; i++) {
                    f.trainee("Зарина Раҳимова " + i, null);
                }
                return null;
            });
            long one = t.statementsOf(() -> f.courses.trainees().search(new TraineeSearch("Zarina 7", PageRequest.first(50))));
            long many = t.statementsOf(() -> f.courses.trainees().search(new TraineeSearch("Rahimova", PageRequest.first(100))));
            var page = f.courses.trainees().search(new TraineeSearch("Rahimova", PageRequest.first(100)));
            assertThat(page.totalItems()).isEqualTo(120);
            assertThat(page.items()).hasSize(100).allSatisfy(v -> assertThat(v.languages()).hasSize(2));
            assertThat(many).isEqualTo(one).isLessThanOrEqualTo(4);
        });
    }

    @Test
    void emailsAreUniquePerTenantWithoutRegardToCase() {
        TraineeView zarina = f.courses.trainees().register(f.registerTrainee("Зарина Раҳмонова", "Zarina Rahmonova",
                "Zarina.Rahmonova@Example.tj"));
        assertThat(zarina.email()).isEqualTo("zarina.rahmonova@example.tj");
        assertCode(() -> f.courses.trainees().register(f.registerTrainee("Другая", null, "ZARINA.RAHMONOVA@example.tj")),
                "courses.trainee.email-taken");
        assertThat(f.courses.trainees().getByEmail("ZARINA.rahmonova@example.TJ").id()).isEqualTo(zarina.id());

        asTenant("another-office", () -> {
            assertThat(f.courses.trainees().register(f.registerTrainee("Зарина Раҳмонова", null,
                    "zarina.rahmonova@example.tj")).id()).isNotEqualTo(zarina.id());
        });
    }

    @Test
    void externalIdsAreUniquePerTenant() {
        RegisterTrainee withId = new RegisterTrainee("Нигина Саидова", "Nigina Saidova", "nigina@example.tj", "TJ",
                "Sughd", null, List.of("Mathematics"), List.of("tg"), "moodle-42");
        TraineeView nigina = f.courses.trainees().register(withId);
        assertThat(f.courses.trainees().getByExternalId("moodle-42").id()).isEqualTo(nigina.id());
        assertCode(() -> f.courses.trainees().register(new RegisterTrainee("Other", null, "other@example.tj", "TJ",
                null, null, List.of(), List.of(), "moodle-42")), "courses.trainee.external-id-taken");
    }

    @Test
    void updatesAProfileAtTheVersionTheCallerRead() {
        TraineeView v1 = f.trainee("Шоира Назарова", "Shoira Nazarova");
        TraineeView v2 = f.courses.trainees().updateProfile(new UpdateTraineeProfile(v1.id(), v1.version(),
                "Шоира Назарова-Каримова", "Shoira Nazarova-Karimova", v1.email(), "UZ", "Samarqand",
                "Maktab 5", List.of("Informatika"), List.of("uz", "ru")));
        assertThat(v2.country()).isEqualTo("UZ");
        assertThat(v2.languages()).containsExactly(Locale.forLanguageTag("uz"), Locale.forLanguageTag("ru"));
        assertThat(v2.version()).isGreaterThan(v1.version());
        assertThat(f.courses.trainees().search(TraineeSearch.of("Karimova")).items())
                .extracting(TraineeView::id).containsExactly(v1.id());

        assertCode(() -> f.courses.trainees().updateProfile(new UpdateTraineeProfile(v1.id(), v1.version(),
                "Stale", null, v1.email(), "TJ", null, null, List.of(), List.of())), "core.concurrent-modification");
        assertThat(f.courses.trainees().get(v1.id()).fullName()).isEqualTo("Шоира Назарова-Каримова");
    }
}
