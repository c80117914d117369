package org.ustoz.examples.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
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
        CookieLocaleResolver resolver = new CookieLocaleResolver("ustoz-lang");
        // no cookie yet: the browser's (API client's) Accept-Language, else English
        resolver.setDefaultLocaleFunction(request ->
                request.getHeader("Accept-Language") != null ? request.getLocale() : Locale.ENGLISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
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
