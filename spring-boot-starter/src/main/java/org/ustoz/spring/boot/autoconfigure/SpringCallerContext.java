package org.ustoz.spring.boot.autoconfigure;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.ustoz.core.CallerContext;

/**
 * The caller context the starter provides when the host has none: a fixed tenant and actor (from
 * {@code ustoz.tenant} and {@code ustoz.actor}) and the locale of the current request or thread, as Spring
 * knows it ({@link LocaleContextHolder}, which Spring MVC sets from the request's {@code LocaleResolver}).
 *
 * <p>A host with several tenants or signed-in users declares its own {@link CallerContext} bean; extending this
 * class and overriding {@link #tenantId()} and {@link #actorId()} keeps the locale from Spring.
 */
public class SpringCallerContext implements CallerContext {

    private final String tenantId;
    private final String actorId;

    /** A context with a fixed tenant and, if not {@code null}, a fixed actor. */
    public SpringCallerContext(String tenantId, String actorId) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.actorId = actorId;
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @Override
    public Optional<String> actorId() {
        return Optional.ofNullable(actorId).filter(a -> !a.isBlank());
    }

    /** The locale Spring holds for the current thread: the request's in a web application. */
    @Override
    public Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
