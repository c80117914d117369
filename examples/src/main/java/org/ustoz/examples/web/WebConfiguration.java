package org.ustoz.examples.web;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.ustoz.core.i18n.LocalizedText;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** The language switch ({@code ?lang=ru}, kept in a cookie) and JSON for Ustoz's value types. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    /** The languages the pages offer; Ustoz itself also speaks Uzbek and Kazakh. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.KOREAN, Locale.forLanguageTag("tg"));

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    /** Whether the pages offer this locale's language. */
    static boolean offered(Locale locale) {
        return offeredLanguage(locale) != null;
    }

    /** The offered language of a locale ({@code ru-RU} → {@code ru}), or null when the pages do not offer it. */
    static Locale offeredLanguage(Locale locale) {
        return locale == null ? null
                : LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
    }

    /**
     * The offered language a {@code ?lang=} value asks for: a well-formed language tag ({@code ru}, {@code ru-RU},
     * also {@code ru_RU}) of a language the pages offer, as that language alone; anything else ({@code zz},
     * {@code <script>}, an empty or over-long value) is null.
     */
    static Locale offeredLanguage(String value) {
        if (value == null || value.isBlank() || value.length() > 35) {
            return null;
        }
        try {
            return offeredLanguage(new Locale.Builder().setLanguageTag(value.replace('_', '-')).build());
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /**
     * The language in the cookie {@code ustoz-lang}, set by {@code ?lang=}; without one, or with one that cannot be
     * read or that the pages do not offer, the browser's (API client's) Accept-Language, else English. A bad cookie
     * or parameter never fails the request, and only an offered language is ever written to the cookie: a
     * {@code ?lang=} the pages do not offer changes nothing (no cookie is set or cleared; the language chosen
     * before, or the default, stays).
     */
    static final class LanguageResolver extends CookieLocaleResolver {

        LanguageResolver() {
            super("ustoz-lang");
            setRejectInvalidCookies(false);
            setDefaultLocaleFunction(LanguageResolver::defaultLocale);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale locale = super.resolveLocale(request);
            return offered(locale) ? locale : defaultLocale(request);
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext context = super.resolveLocaleContext(request);
            return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request),
                    context instanceof TimeZoneAwareLocaleContext t ? t.getTimeZone() : null);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                LocaleContext localeContext) {
            Locale language = localeContext != null ? offeredLanguage(localeContext.getLocale()) : null;
            if (language == null) {
                return;
            }
            super.setLocaleContext(request, response, new SimpleTimeZoneAwareLocaleContext(language,
                    localeContext instanceof TimeZoneAwareLocaleContext t ? t.getTimeZone() : null));
        }

        private static Locale defaultLocale(HttpServletRequest request) {
            return request.getHeader("Accept-Language") != null ? request.getLocale() : Locale.ENGLISH;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return offeredLanguage(localeValue);
            }
        };
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }

    /** The title of the OpenAPI description at {@code /v3/api-docs}. */
    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("Ustoz example API").version("0.1")
                .description("Programmes, cohorts, enrolment, trainee search, timetables, attendance, progress and"
                        + " certificates of the Ustoz example application. Errors are RFC 9457 problem details"
                        + " (application/problem+json) with Ustoz's error code in the property 'code'."));
    }

    /** A {@link LocalizedText} is written as an object of texts by language tag: {"en": "...", "ru": "..."}. */
    @Bean
    SimpleModule ustozJsonModule() {
        SimpleModule module = new SimpleModule("ustoz");
        module.addSerializer(LocalizedText.class, new ValueSerializer<LocalizedText>() {
            @Override
            public void serialize(LocalizedText value, JsonGenerator gen, SerializationContext context) {
                gen.writeStartObject();
                value.asMap().forEach(gen::writeStringProperty);
                gen.writeEndObject();
            }
        });
        return module;
    }

}
