/**
 * Internal: the CSV trainee import (Apache Commons CSV), over the trainee and enrolment internals.
 */
package org.ustoz.courses.importing.internal;
