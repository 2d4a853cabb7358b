package com.clinicchain.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockTest {

    @Test
    void holdsNeverExceedTheShelf() {
        assertThatThrownBy(() -> new Stock(10, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Stock(10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Stock(10, 10).availableUnits()).isZero();
    }

    @Test
    void releaseGivesTheHoldBack() {
        assertThat(new Stock(100, 40).release(20)).isEqualTo(new Stock(100, 20));
        assertThat(new Stock(100, 40).release(0)).isEqualTo(new Stock(100, 40));
    }

    @Test
    void releasingMoreThanIsHeldReleasesWhatIsHeld() {
        assertThat(new Stock(100, 10).release(20)).isEqualTo(new Stock(100, 0));
    }

    @Test
    void consumingTakesTheUsedUnitsOffTheShelfAndEndsTheHold() {
        var consumption = new Stock(1000, 60).consume(20, 24);
        assertThat(consumption.after()).isEqualTo(new Stock(980, 36));
        assertThat(consumption.overcommittedUnits()).isZero();
    }

    @Test
    void usingMoreThanWasHeldTakesTheRestFromWhatIsAvailable() {
        assertThat(new Stock(100, 20).consume(30, 20).after()).isEqualTo(new Stock(70, 0));
    }

    @Test
    void consumingWithoutAHoldStillTakesTheUnits() {
        assertThat(new Stock(100, 0).consume(20, 0).after()).isEqualTo(new Stock(80, 0));
    }

    @Test
    void whenOtherHoldsNoLongerFitTheyAreCutAndReported() {
        // 100 on hand, 100 held: this session held 10 but used 30, so others' 90 units fit only 70
        var consumption = new Stock(100, 100).consume(30, 10);
        assertThat(consumption.after()).isEqualTo(new Stock(70, 70));
        assertThat(consumption.overcommittedUnits()).isEqualTo(20);
    }

    @Test
    void cannotUseMoreThanIsOnTheShelf() {
        assertThatThrownBy(() -> new Stock(10, 0).consume(11, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Stock(10, 0).consume(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void discardedUnitsLeaveTheShelfButNeverTheHeldOnes() {
        assertThat(new Stock(300, 100).remove(100)).contains(new Stock(200, 100));
        assertThat(new Stock(300, 200).remove(100)).contains(new Stock(200, 200));
        assertThat(new Stock(300, 201).remove(100)).isEmpty();
        assertThatThrownBy(() -> new Stock(300, 0).remove(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
