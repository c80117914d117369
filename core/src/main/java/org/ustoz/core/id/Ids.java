package org.ustoz.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered identifiers: RFC 9562 UUID version 7.
 *
 * <p>The first 48 bits are the Unix time in milliseconds, so ids created later sort later and new
 * rows land at the end of a primary-key index instead of scattering over it; the remaining 74 bits
 * are random, so ids made on several application instances at the same millisecond do not clash.
 * Ids are assigned by the application when an entity is constructed: no identity column, no
 * database sequence, and JDBC batching stays possible.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A new version 7 UUID for the current time of the system clock. */
    public static UUID newId() {
        return newId(System.currentTimeMillis());
    }

    /** A new version 7 UUID for the current time of the given clock. */
    public static UUID newId(Clock clock) {
        return newId(clock.millis());
    }

    static UUID newId(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L;                                  // version 7
        msb |= ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // 12 bits rand_a
        long lsb = 0;
        for (int i = 2; i < 10; i++) {
            lsb = (lsb << 8) | (random[i] & 0xFFL);
        }
        lsb = (lsb & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // variant 10
        return new UUID(msb, lsb);
    }

    /** The creation time, in milliseconds since the epoch, encoded in a version 7 UUID. */
    public static long epochMillis(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
