package org.ustoz.examples.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.ustoz.assessments.Assessments;

/**
 * Closes and grades the attempts of every tenant past their due time
 * ({@code attempts().closeOverdueInAllTenants()}: this is the application's system job, not a call
 * made for one tenant's user), every
 * {@code ustoz.example.close-overdue-rate} (one minute by default). Scheduling is on when
 * {@code ustoz.example.scheduling=true} (the application's setting; the tests leave it off and call
 * {@link #closeOverdue()} themselves). Each attempt is closed in a transaction of its own (Ustoz's starter starts one
 * per call outside a transaction), and several instances may run it at once.
 */
@Component
public class OverdueAttempts {

    private static final Logger log = LoggerFactory.getLogger(OverdueAttempts.class);

    private final Assessments assessments;

    public OverdueAttempts(Assessments assessments) {
        this.assessments = assessments;
    }

    /** One round: the number of attempts closed. */
    @Scheduled(fixedRateString = "${ustoz.example.close-overdue-rate:PT1M}",
            initialDelayString = "${ustoz.example.close-overdue-rate:PT1M}")
    public int closeOverdue() {
        int closed = assessments.attempts().closeOverdueInAllTenants();
        if (closed > 0) {
            log.info("closed {} overdue attempts", closed);
        }
        return closed;
    }

    /** Spring's scheduler, only when the application asks for it. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty("ustoz.example.scheduling")
    static class Scheduling {
    }
}
