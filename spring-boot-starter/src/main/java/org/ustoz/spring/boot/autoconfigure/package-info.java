/**
 * API: Spring Boot auto-configuration of Ustoz ({@link org.ustoz.spring.boot.autoconfigure.UstozAutoConfiguration}),
 * its properties under {@code ustoz.*} ({@link org.ustoz.spring.boot.autoconfigure.UstozProperties}), and the Spring
 * implementations of Ustoz's SPIs that a host may reuse or replace: the caller context
 * ({@link org.ustoz.spring.boot.autoconfigure.SpringCallerContext}) and the transaction handler
 * ({@link org.ustoz.spring.boot.autoconfigure.SpringTransactionHandler}).
 */
package org.ustoz.spring.boot.autoconfigure;
