package com.clinicchain.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ServingOrderTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    static Reservation waiting(int units, Instant startsAt) {
        return new Reservation(UUID.randomUUID(), "chain", "clinic", UUID.randomUUID(), units,
                ReservationStatus.REJECTED, Reservation.INSUFFICIENT_STOCK, startsAt);
    }

    @Test
    void theOldestBookingsAreServedFirstAsFarAsTheUnitsGo() {
        Reservation first = waiting(20, TOMORROW);
        Reservation second = waiting(20, TOMORROW);
        Reservation third = waiting(20, TOMORROW);

        assertThat(ServingOrder.served(40, List.of(first, second, third), NOW)).containsExactly(first, second);
        assertThat(ServingOrder.served(39, List.of(first, second, third), NOW)).containsExactly(first);
        assertThat(ServingOrder.served(60, List.of(first, second, third), NOW)).containsExactly(first, second, third);
    }

    @Test
    void aBookingTooLargeForWhatIsLeftIsPassedOverForASmallerLaterOne() {
        Reservation large = waiting(60, TOMORROW);
        Reservation small = waiting(20, TOMORROW);
        Reservation alsoSmall = waiting(20, TOMORROW);

        assertThat(ServingOrder.served(50, List.of(large, small, alsoSmall), NOW)).containsExactly(small, alsoSmall);
        assertThat(ServingOrder.served(80, List.of(large, small, alsoSmall), NOW)).as("the large one still goes first")
                .containsExactly(large, small);
    }

    @Test
    void nothingIsServedFromNothing() {
        assertThat(ServingOrder.served(19, List.of(waiting(20, TOMORROW)), NOW)).isEmpty();
        assertThat(ServingOrder.served(0, List.of(waiting(1, TOMORROW)), NOW)).isEmpty();
        assertThat(ServingOrder.served(100, List.of(), NOW)).isEmpty();
    }

    @Test
    void aSessionThatHasBegunOrWhoseStartIsNotKnownIsNotServed() {
        Reservation begun = waiting(10, NOW);
        Reservation past = waiting(10, NOW.minusSeconds(60));
        Reservation unknown = waiting(10, null);
        Reservation toCome = waiting(10, NOW.plusSeconds(1));

        assertThat(ServingOrder.served(100, List.of(begun, past, unknown, toCome), NOW)).containsExactly(toCome);
    }

    @Test
    void aSessionThatHasBegunLeavesTheLineAndOneWhoseStartIsNotKnownStays() {
        Reservation begun = waiting(10, NOW);
        Reservation past = waiting(10, NOW.minusSeconds(60));
        Reservation unknown = waiting(10, null);
        Reservation toCome = waiting(10, NOW.plusSeconds(1));

        assertThat(ServingOrder.over(List.of(begun, past, unknown, toCome), NOW)).containsExactly(begun, past);
        assertThat(ServingOrder.over(List.of(unknown, toCome), NOW)).isEmpty();
    }
}
