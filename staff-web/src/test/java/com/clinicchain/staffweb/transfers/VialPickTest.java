package com.clinicchain.staffweb.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class VialPickTest {

    private static final UUID LOT = UUID.randomUUID();
    private static final UUID OTHER_LOT = UUID.randomUUID();
    private static final VialPick.Vial OPEN = new VialPick.Vial(UUID.randomUUID(), LOT, "RECONSTITUTED");
    private static final VialPick.Vial FIRST = new VialPick.Vial(UUID.randomUUID(), LOT, "SEALED");
    private static final VialPick.Vial SECOND = new VialPick.Vial(UUID.randomUUID(), LOT, "SEALED");
    private static final VialPick.Vial ELSEWHERE = new VialPick.Vial(UUID.randomUUID(), OTHER_LOT, "SEALED");
    private static final List<VialPick.Vial> SHELF = List.of(ELSEWHERE, OPEN, FIRST, SECOND);

    @Test
    void takesTheFirstSealedVialsOfTheLot() {
        assertThat(VialPick.of(SHELF, LOT, " 2 ")).isEqualTo(new VialPick(List.of(FIRST.id(), SECOND.id()), null));
        assertThat(VialPick.of(SHELF, LOT, "1").vialIds()).containsExactly(FIRST.id());
    }

    @Test
    void moreThanTheShelfHoldsIsRefusedSayingHowManyThereAre() {
        VialPick pick = VialPick.of(SHELF, LOT, "3");

        assertThat(pick.refused()).isTrue();
        assertThat(pick.vialIds()).isEmpty();
        assertThat(pick.refusal()).isEqualTo("only 2 sealed vials of this lot are on the shelf");
    }

    @Test
    void aCountThatIsNoNumberOrMoreThanABoxIsRefusedAndZeroGoesToInventoryAsNoVials() {
        assertThat(VialPick.of(SHELF, LOT, "two").refusal()).isEqualTo("must be a whole number from 1 to 100");
        assertThat(VialPick.of(SHELF, LOT, "-1").refused()).isTrue();
        assertThat(VialPick.of(SHELF, LOT, "101").refused()).isTrue();
        assertThat(VialPick.of(SHELF, LOT, null).refused()).isTrue();
        assertThat(VialPick.of(SHELF, LOT, "0")).isEqualTo(new VialPick(List.of(), null));
        assertThat(VialPick.of(SHELF, null, "1")).isEqualTo(new VialPick(List.of(), null));
    }
}
