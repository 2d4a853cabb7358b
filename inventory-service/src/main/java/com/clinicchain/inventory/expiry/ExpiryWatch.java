package com.clinicchain.inventory.expiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotExpiringSoon;
import com.clinicchain.kit.outbox.Outbox;

/**
 * Announces each lot once when its expiry date comes within {@code clinic.inventory.expiry-warning-days}, so a
 * manager can use or move its vials in time: one event per clinic holding its vials. Lots with nothing left on the
 * shelf, or recalled, are not announced.
 * Several instances may run the check at once: marking and announcing is one conditional update per lot.
 */
@Component
public class ExpiryWatch {

    private static final Logger log = LoggerFactory.getLogger(ExpiryWatch.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final int warningDays;
    private final Clock clock;

    ExpiryWatch(JdbcClient jdbc, Outbox outbox, @Value("${clinic.inventory.expiry-warning-days:60}") int warningDays, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.warningDays = warningDays;
    }

    record Expiring(UUID id, String chainId, String lotNumber, UUID productId, String clinicId, LocalDate expiryDate) {
    }

    /** @return how many lots were announced */
    @Scheduled(initialDelayString = "${clinic.inventory.expiry-check-delay:PT1M}",
            fixedDelayString = "${clinic.inventory.expiry-check-interval:PT1H}")
    @Transactional
    public int check() {
        List<Expiring> lots = jdbc.sql("""
                update lot l set expiry_warned_at = now()
                where l.expiry_warned_at is null and l.status <> 'RECALLED' and l.expiry_date <= ?
                  and exists (select 1 from vial v where v.lot_id = l.id
                                and v.status in ('SEALED', 'RECONSTITUTED', 'IN_USE'))
                returning l.id, l.chain_id, l.lot_number, l.product_id, l.clinic_id, l.expiry_date""")
                .param(LocalDate.now(clock).plusDays(warningDays)).query(Expiring.class).list();
        for (Expiring lot : lots) {
            // transfers spread a lot's vials: every clinic holding some hears of it
            List<String> clinics = jdbc.sql("""
                    select distinct clinic_id from vial
                    where lot_id = ? and status in ('SEALED', 'RECONSTITUTED', 'IN_USE') order by clinic_id""")
                    .param(lot.id()).query(String.class).list();
            for (String clinic : clinics) {
                outbox.append(Events.INVENTORY_TOPIC, lot.id(), lot.chainId(), new LotExpiringSoon(lot.id(),
                        lot.lotNumber(), lot.productId(), clinic, lot.expiryDate()));
            }
        }
        if (!lots.isEmpty()) {
            log.info("{} lots expire within {} days: announced", lots.size(), warningDays);
        }
        return lots.size();
    }
}
