/**
 * SPI: how Ustoz gets its transactions, resource-local (Java SE) or joining a host's (Spring, JTA).
 */
package org.ustoz.core.tx;
