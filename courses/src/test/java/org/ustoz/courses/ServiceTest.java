package org.ustoz.courses;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
}
