/**
 * API and SPI: domain events and the listener SPI that receives them after commit.
 */
package org.ustoz.core.event;
