package org.ustoz.courses;

import org.junit.jupiter.api.Test;
import org.ustoz.core.testing.Bundles;

class CoursesMessagesTest {

    @Test
    void everyCoursesCodeHasAMessageInEveryLanguage() {
        Bundles.assertEveryCodeHasAMessageInEveryLanguage(CoursesError.values());
    }

    @Test
    void everyValidationMessageExistsInEveryLanguage() {
        Bundles.assertSameKeysInEveryLanguage("org.ustoz.courses.ValidationMessages");
    }

    @Test
    void everyLabelExistsInEveryLanguage() {
        Bundles.assertSameKeysInEveryLanguage("org.ustoz.courses.labels");
    }
}
