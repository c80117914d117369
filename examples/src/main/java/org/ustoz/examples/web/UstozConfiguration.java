package org.ustoz.examples.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this application adds to Ustoz's Spring Boot starter ({@code ustoz-spring-boot-starter}), which does the
 * wiring: Ustoz's entities in Boot's {@code EntityManagerFactory} with Ustoz's Hibernate settings, Ustoz's
 * migrations before the application's own Flyway ({@code db/migration/app/{vendor}}), service calls in Spring's
 * transactions, the request's locale for Ustoz's messages, domain events as Spring application events, and the
 * {@code Ustoz}, {@code Courses} and {@code Assessments} beans.
 *
 * <p>The application's own part: its one tenant and actor ({@code ustoz.tenant} and {@code ustoz.actor} in
 * {@code application.properties}), the clock, and its seed data ({@link DemoData}, {@link QuizData}).
 */
@Configuration(proxyBeanMethods = false)
public class UstozConfiguration {

    /** The clock Ustoz's services and the pages read the time from. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
