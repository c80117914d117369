package org.ustoz.examples.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot host application that embeds Ustoz: server-rendered pages (Thymeleaf), a REST API under
 * {@code /api} with an OpenAPI description, over the application's own data source (embedded H2 by default,
 * PostgreSQL or MariaDB with the profiles {@code postgresql} and {@code mariadb}).
 *
 * <p>Run it from the project root with
 * {@code ./mvnw -B -q -pl examples -am test-compile exec:java -Dexec.mainClass=org.ustoz.examples.web.ExampleApplication}
 * and open {@code http://localhost:8080/}. How Ustoz is wired in: {@link UstozConfiguration}.
 */
@SpringBootApplication
public class ExampleApplication {

    public static void main(String[] args) {
        // Hibernate's and Flyway's logging through SLF4J (slf4j-simple, see simplelogger.properties)
        System.setProperty("org.jboss.logging.provider", "slf4j");
        SpringApplication.run(ExampleApplication.class, args);
    }
}
