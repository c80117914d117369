/**
 * Internal: the courses module's registration with core (entities, migrations, constraint names).
 */
package org.ustoz.courses.internal;
