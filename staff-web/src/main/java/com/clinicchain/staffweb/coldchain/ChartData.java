package com.clinicchain.staffweb.coldchain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.clinicchain.staffweb.coldchain.ColdChainReadings.Reading;

/**
 * One fridge's chart, as the page's script draws it: the points oldest first, the 2–8 °C band, and how many readings
 * the window held (more than {@link #MAX_POINTS} are not all drawn: the newest are).
 */
record ChartData(UUID fridgeId, String range, Instant from, Instant to, BigDecimal low, BigDecimal high,
                 List<Point> points, long totalReadings) {

    /** Inventory's largest window answer: a reading every 5 minutes for 7 days is 2,016. */
    static final int MAX_POINTS = 3_000;

    record Point(Instant at, BigDecimal celsius, boolean excursion) {
    }

    /** @param newestFirst inventory's order */
    static ChartData of(UUID fridgeId, ReadingRange range, Instant from, Instant to, List<Reading> newestFirst,
                        long total) {
        List<Point> points = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Reading reading = newestFirst.get(i);
            points.add(new Point(reading.measuredAt(), reading.celsius(), !FridgeState.inRange(reading.celsius())));
        }
        return new ChartData(fridgeId, range.urlName(), from, to, FridgeState.LOW, FridgeState.HIGH, points, total);
    }
}
