package org.ustoz.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * Resolves message keys through resource bundles in the resolved locale and fills in constraint
 * parameters such as {@code {max}}; expression-language terms are left as written.
 */
public final class ParameterOnlyInterpolator extends AbstractMessageInterpolator {

    public ParameterOnlyInterpolator(ResourceBundleLocator userBundles, Set<Locale> locales, Locale defaultLocale,
            LocaleResolver localeResolver) {
        super(userBundles, locales, defaultLocale, localeResolver, false);
    }

    @Override
    protected String interpolate(Context context, Locale locale, String term) {
        if (term.startsWith("$")) {
            return term;
        }
        String name = term.substring(1, term.length() - 1);
        Object value = null;
        if (context instanceof HibernateMessageInterpolatorContext hibernate) {
            // parameters a validator added, such as the effective {max} of @PlainText
            value = hibernate.getMessageParameters().get(name);
        }
        if (value == null) {
            Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
            value = attributes.get(name);
        }
        if (value == null) {
            return term;
        }
        if (value.getClass().isArray()) {
            return java.util.Arrays.toString((Object[]) value);
        }
        return String.valueOf(value);
    }
}
