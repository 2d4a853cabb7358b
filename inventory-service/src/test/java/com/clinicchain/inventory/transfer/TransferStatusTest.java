package com.clinicchain.inventory.transfer;

import static com.clinicchain.inventory.transfer.TransferStatus.CANCELLED;
import static com.clinicchain.inventory.transfer.TransferStatus.IN_TRANSIT;
import static com.clinicchain.inventory.transfer.TransferStatus.RECEIVED;
import static com.clinicchain.inventory.transfer.TransferStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransferStatusTest {

    @Test
    void aTransferIsDispatchedThenReceived() {
        assertThat(REQUESTED.mayBecome(IN_TRANSIT)).isTrue();
        assertThat(IN_TRANSIT.mayBecome(RECEIVED)).isTrue();
        assertThat(REQUESTED.mayBecome(RECEIVED)).isFalse();
        assertThat(IN_TRANSIT.mayBecome(IN_TRANSIT)).isFalse();
    }

    @Test
    void itMayBeCancelledUntilReceived() {
        assertThat(REQUESTED.mayBecome(CANCELLED)).isTrue();
        assertThat(IN_TRANSIT.mayBecome(CANCELLED)).isTrue();
        assertThat(RECEIVED.mayBecome(CANCELLED)).isFalse();
        assertThat(CANCELLED.mayBecome(CANCELLED)).isFalse();
        assertThat(CANCELLED.mayBecome(IN_TRANSIT)).isFalse();
    }
}
