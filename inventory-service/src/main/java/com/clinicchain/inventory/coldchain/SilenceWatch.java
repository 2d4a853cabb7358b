package com.clinicchain.inventory.coldchain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.FridgeSilent;
import com.clinicchain.kit.outbox.Outbox;

/**
 * Watches the fridges whose sensors have gone quiet: each silence longer than
 * {@code clinic.inventory.cold-chain.silent-after} is announced once ({@link FridgeSilent}, for the clinic's managers)
 * and stays open until the next reading; a fridge that went quiet while warm is still in its excursion, and its vials
 * are quarantined once that has lasted longer than allowed.
 */
@Component
class SilenceWatch {

    private static final Logger log = LoggerFactory.getLogger(SilenceWatch.class);

    private final Fridges fridges;
    private final ColdChain coldChain;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration silentAfter;
    private final Duration allowed;

    SilenceWatch(Fridges fridges, ColdChain coldChain, Outbox outbox, Clock clock, ColdChainSettings settings) {
        this.fridges = fridges;
        this.coldChain = coldChain;
        this.outbox = outbox;
        this.clock = clock;
        this.silentAfter = settings.silentAfter();
        this.allowed = coldChain.allowed();
    }

    /** @return how many silences were announced */
    @Scheduled(initialDelayString = "${clinic.inventory.silence-check-delay:PT1M}",
            fixedDelayString = "${clinic.inventory.silence-check-interval:PT5M}")
    @Transactional
    public int check() {
        Instant now = clock.instant();
        int announced = 0;
        for (Fridge fridge : fridges.lockWatched(now.minus(silentAfter), now.minus(allowed))) {
            coldChain.quarantineIfStillOut(fridge, now);
            Optional<Instant> silentSince = fridge.silentSince() != null ? Optional.empty()
                    : Silence.since(fridge.lastReadingAt(), fridge.createdAt(), now, silentAfter);
            if (silentSince.isPresent()) {
                fridges.markSilent(fridge.id(), silentSince.get());
                outbox.append(Events.INVENTORY_TOPIC, fridge.id(), fridge.chainId(), new FridgeSilent(fridge.id(),
                        fridge.clinicId(), fridge.name(), fridge.lastReadingAt(), silentSince.get()));
                log.warn("fridge {} at clinic {} silent since {}", fridge.id(), fridge.clinicId(), silentSince.get());
                announced++;
            }
        }
        return announced;
    }
}
