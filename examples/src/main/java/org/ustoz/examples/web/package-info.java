/**
 * Example application, not a library API: a Spring Boot host that embeds Ustoz through the starter.
 */
package org.ustoz.examples.web;
