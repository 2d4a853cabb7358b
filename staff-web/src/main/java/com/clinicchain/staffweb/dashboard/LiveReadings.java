package com.clinicchain.staffweb.dashboard;

import java.util.List;
import java.util.Map;

import com.clinicchain.staffweb.dashboard.StockReadings.Page;
import com.clinicchain.staffweb.dashboard.StockReadings.StockLine;
import com.clinicchain.staffweb.dashboard.StockReadings.WaitingSession;

/**
 * What the live dashboard watches, read the same way for the page and for the poll: the stock lines, and per clinic
 * the open sessions waiting for stock (one page of them) and how many vials a fridge excursion quarantined. Any
 * change in these is a change of the page (a session that cannot get stock reserves nothing, so the stock alone would
 * not show it).
 *
 * @param waiting     per clinic, its first page of open SHORT sessions
 * @param quarantined per clinic, the number of its quarantined vials on the shelf
 */
record LiveReadings(List<StockLine> stock, Map<String, Page<WaitingSession>> waiting, Map<String, Long> quarantined) {

    String fingerprint() {
        return StockFingerprint.of(this);
    }
}
