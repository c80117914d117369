package org.ustoz.core.testing;

import java.util.Locale;
import java.util.Optional;

import org.ustoz.core.CallerContext;

/** A caller context tests change between calls; one per test class (not thread-confined). */
public final class TestCaller implements CallerContext {

    private volatile String tenant = DEFAULT_TENANT;
    private volatile String actor = "test-coordinator";
    private volatile Locale locale = Locale.ENGLISH;

    public TestCaller tenant(String tenantId) {
        this.tenant = tenantId;
        return this;
    }

    public TestCaller actor(String actorId) {
        this.actor = actorId;
        return this;
    }

    public TestCaller locale(Locale newLocale) {
        this.locale = newLocale;
        return this;
    }

    @Override
    public String tenantId() {
        return tenant;
    }

    @Override
    public Optional<String> actorId() {
        return Optional.ofNullable(actor);
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
