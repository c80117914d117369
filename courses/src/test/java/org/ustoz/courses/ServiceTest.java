package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.ustoz.core.CallerContext;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.testing.TestUstoz;

/** A test class of the courses services: one fresh database and Ustoz for the whole class. */
abstract class ServiceTest {

    static TestUstoz t;
    static Fixture f;

    @BeforeAll
    static void startUstoz() {
        t = TestUstoz.start();
        f = new Fixture(t);
    }

    @AfterAll
    static void stopUstoz() {
        t.close();
    }

    /** Fails unless the call throws a {@link UstozException} with this code. */
    static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UstozException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Runs the body as a caller of another tenant, then returns to the default tenant. */
    static void asTenant(String tenant, Runnable body) {
        t.caller().tenant(tenant);
        try {
            body.run();
        } finally {
            t.caller().tenant(CallerContext.DEFAULT_TENANT);
        }
    }
}
