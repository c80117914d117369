package org.ustoz.core.internal;

import java.util.List;

import org.ustoz.core.UstozModule;
import org.ustoz.core.internal.persistence.LocaleConverter;
import org.ustoz.core.internal.persistence.LocalizedTextConverter;
import org.ustoz.core.internal.persistence.ZoneIdConverter;

/** The core module: shared converters, no tables. */
public final class CoreModule implements UstozModule {

    @Override
    public String name() {
        return "core";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(LocalizedTextConverter.class, ZoneIdConverter.class, LocaleConverter.class);
    }

    @Override
    public boolean hasMigrations() {
        return false;
    }

    @Override
    public List<String> validationBundles() {
        return List.of("org.ustoz.core.ValidationMessages");
    }
}
