package org.ustoz.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.core.id.Ids;

class IdsTest {

    @Test
    void areVersion7WithTheClocksTimeUpFront() {
        Instant at = Instant.parse("2025-08-04T00:00:00Z");
        UUID id = Ids.newId(Clock.fixed(at, ZoneOffset.UTC));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Ids.epochMillis(id)).isEqualTo(at.toEpochMilli());
    }

    @Test
    void sortByCreationTimeAndDoNotCollide() {
        UUID earlier = Ids.newId(Clock.fixed(Instant.parse("2025-08-04T00:00:00Z"), ZoneOffset.UTC));
        UUID later = Ids.newId(Clock.fixed(Instant.parse("2025-08-04T00:00:00.001Z"), ZoneOffset.UTC));
        assertThat(earlier.toString()).isLessThan(later.toString());
        Set<UUID> many = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(Ids.newId());
        }
        assertThat(many).hasSize(100_000);
    }
}
