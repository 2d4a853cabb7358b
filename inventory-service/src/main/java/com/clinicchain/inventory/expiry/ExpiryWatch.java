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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotExpiringSoon;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.vialstate.VialUsability;
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

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final int warningDays;
    private final Clock clock;
    private final Clinics clinics;

    ExpiryWatch(JdbcClient jdbc, Outbox outbox, ExpirySettings settings, Clock clock, Clinics clinics) {
        this.clock = clock;
        this.clinics = clinics;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.warningDays = settings.expiryWarningDays();
    }

    /** A lot with vials on a clinic's shelf. */
    record Held(UUID id, String chainId, String lotNumber, UUID productId, LocalDate expiryDate, String clinicId) {
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
        Map<UUID, List<Held>> candidates = jdbc.sql("""
                select distinct l.id, l.chain_id, l.lot_number, l.product_id, l.expiry_date, v.clinic_id
                from lot l join vial v on v.lot_id = l.id
                where l.expiry_warned_at is null and l.status <> 'RECALLED' and l.expiry_date <= ? and %s
                order by l.id, v.clinic_id""".formatted(VialUsability.Sql.onTheShelf("v")))
                .param(latestToday.plusDays(warningDays)).query(Held.class).list().stream()
                .collect(Collectors.groupingBy(Held::id, LinkedHashMap::new, Collectors.toList()));
        Map<String, LocalDate> today = new HashMap<>();
        int announced = 0;
        for (List<Held> lot : candidates.values()) {
            // transfers spread a lot's vials: it is due once it is at any clinic holding some, and all of them hear
            boolean due = lot.stream().anyMatch(held -> expiringSoon(held.expiryDate(), today.computeIfAbsent(
                    held.chainId() + "/" + held.clinicId(), key -> clinics.today(held.chainId(), held.clinicId(), clock)),
                    warningDays));
            if (!due || jdbc.sql("update lot set expiry_warned_at = now() where id = ? and expiry_warned_at is null"
                    + " and status <> 'RECALLED'")
                    .param(lot.get(0).id()).update() == 0) {
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
