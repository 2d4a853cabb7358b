package com.clinicchain.inventory.expiry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotExpiringSoon;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.lot.Lots;
import com.clinicchain.inventory.lot.Lots.Held;
import com.clinicchain.kit.outbox.Outbox;

/**
 * Announces each lot once when its expiry date comes within {@link ExpirySettings#expiryWarningDays} of the
 * today of a clinic holding its vials (that clinic's calendar), so a manager can use or move them in time: one event
 * per clinic holding its vials. Lots with nothing left on the shelf, or recalled, are not announced.
 * Several instances may run the check at once: a lot is announced by whoever marks it, one conditional update per lot.
 */
@Component
public class ExpiryWatch {

    private static final Logger log = LoggerFactory.getLogger(ExpiryWatch.class);

    private final Lots lots;
    private final Outbox outbox;
    private final int warningDays;
    private final Clock clock;
    private final Clinics clinics;

    ExpiryWatch(Lots lots, Outbox outbox, ExpirySettings settings, Clock clock, Clinics clinics) {
        this.clock = clock;
        this.clinics = clinics;
        this.lots = lots;
        this.outbox = outbox;
        this.warningDays = settings.expiryWarningDays();
    }

    /** Whether a lot expiring on {@code expiryDate} is announced on a clinic's {@code today}. */
    static boolean expiringSoon(LocalDate expiryDate, LocalDate today, int warningDays) {
        return !expiryDate.isAfter(today.plusDays(warningDays));
    }

    /** @return how many lots were announced */
    @Scheduled(initialDelayString = "${clinic.inventory.expiry-check-delay:PT1M}",
            fixedDelayString = "${clinic.inventory.expiry-check-interval:PT1H}")
    @Transactional
    public int check() {
        // no clinic's today is later than the date at UTC+18: lots expiring after that are not due anywhere yet
        LocalDate latestToday = LocalDate.now(clock.withZone(ZoneOffset.MAX));
        Map<UUID, List<Held>> candidates = lots.notWarnedExpiringBy(latestToday.plusDays(warningDays)).stream()
                .collect(Collectors.groupingBy(Held::id, LinkedHashMap::new, Collectors.toList()));
        Map<String, LocalDate> today = new HashMap<>();
        int announced = 0;
        for (List<Held> lot : candidates.values()) {
            // transfers spread a lot's vials: it is due once it is at any clinic holding some, and all of them hear
            boolean due = lot.stream().anyMatch(held -> expiringSoon(held.expiryDate(), today.computeIfAbsent(
                    held.chainId() + "/" + held.clinicId(), key -> clinics.today(held.chainId(), held.clinicId(), clock)),
                    warningDays));
            if (!due || !lots.markExpiryWarned(lot.get(0).id())) {
                continue;
            }
            for (Held held : lot) {
                outbox.append(Events.INVENTORY_TOPIC, held.id(), held.chainId(), new LotExpiringSoon(held.id(),
                        held.lotNumber(), held.productId(), held.clinicId(), held.expiryDate()));
            }
            announced++;
        }
        if (announced > 0) {
            log.info("{} lots expire within {} days: announced", announced, warningDays);
        }
        return announced;
    }
}
