package org.ustoz.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.ustoz.core.error.ValidationFailedException;
import org.ustoz.core.error.Violation;
import org.ustoz.core.internal.CommandValidator;
import org.ustoz.core.validation.CountryCode;

class CommandValidatorTest {

    record Person(@NotBlank @Size(max = 5) String name, @Email String email, @CountryCode String country) {
    }

    record Group(@Size(max = 2) List<@Valid Person> people) {
    }

    final AtomicReference<Locale> locale = new AtomicReference<>(Locale.ENGLISH);
    final CommandValidator validator = new CommandValidator(locale::get, List.of("org.ustoz.core.ValidationMessages"));

    @Test
    void namesEveryFieldInTheCallersLanguage() {
        Person bad = new Person("", "not-an-email", "XX");
        assertThatThrownBy(() -> validator.validate(bad)).isInstanceOfSatisfying(ValidationFailedException.class, e -> {
            assertThat(e.fields()).containsExactly("country", "email", "name");
            assertThat(e.violations()).extracting(Violation::message)
                    .containsExactly("must be an ISO 3166-1 alpha-2 country code such as TJ",
                            "must be a well-formed email address", "must not be blank");
            assertThat(e.code()).isEqualTo("core.validation-failed");
        });

        locale.set(Locale.forLanguageTag("ru"));
        assertThatThrownBy(() -> validator.validate(new Person("toolong", null, null)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    assertThat(e.violations()).containsExactly(
                            new Violation("name", "Size", "размер должен находиться в диапазоне от 0 до 5"));
                    assertThat(e.getLocalizedMessage()).contains("Неверные данные").contains("name");
                });

        locale.set(Locale.forLanguageTag("tg"));
        assertThatThrownBy(() -> validator.validate(new Person(" ", null, null)))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).message()).isEqualTo("набояд холӣ бошад"));
    }

    @Test
    void kyrgyzTurkmenAndUzbekInBothScriptsHaveTheirOwnMessages() {
        Person blank = new Person(" ", null, null);
        locale.set(Locale.forLanguageTag("ky"));
        assertThatThrownBy(() -> validator.validate(blank)).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations().get(0).message()).isEqualTo("бош болбошу керек"));
        locale.set(Locale.forLanguageTag("tk"));
        assertThatThrownBy(() -> validator.validate(blank)).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations().get(0).message()).isEqualTo("boş bolmaly däl"));
        locale.set(Locale.forLanguageTag("uz-Cyrl"));
        assertThatThrownBy(() -> validator.validate(new Person("toolong", null, null)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    assertThat(e.violations()).containsExactly(
                            new Violation("name", "Size", "ҳажми 0 ва 5 оралиғида бўлиши керак"));
                    assertThat(e.getLocalizedMessage()).contains("Нотўғри маълумот");
                });
        locale.set(Locale.forLanguageTag("uz"));
        assertThatThrownBy(() -> validator.validate(new Person("toolong", null, null)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    assertThat(e.violations()).containsExactly(
                            new Violation("name", "Size", "hajmi 0 va 5 oraligʻida boʻlishi kerak"));
                    assertThat(e.getLocalizedMessage()).contains("Notoʻgʻri maʼlumot");
                });
    }

    @Test
    void pathsPointIntoListsAndAcceptValidCommands() {
        Group group = new Group(List.of(new Person("Ali", null, "TJ"), new Person("Zarina", null, "TJ")));
        assertThatThrownBy(() -> validator.validate(group)).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.fields()).containsExactly("people[1].name"));
        Person ok = new Person("Ali", "ali@example.tj", "TJ");
        assertThat(validator.validate(ok)).isSameAs(ok);
    }
}
