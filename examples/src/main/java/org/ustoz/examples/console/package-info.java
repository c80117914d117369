/**
 * Example application, not a library API: the console demo of the Sejong seminar on embedded H2.
 */
package org.ustoz.examples.console;
