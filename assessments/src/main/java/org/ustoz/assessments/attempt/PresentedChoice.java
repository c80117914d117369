package org.ustoz.assessments.attempt;

import org.ustoz.core.i18n.LocalizedText;

/** A choice as shown to the trainee (no credit: the key is not revealed). */
public record PresentedChoice(String key, LocalizedText text) {
}
