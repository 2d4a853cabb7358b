package com.clinicchain.inventory.coldchain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.VialsQuarantined;
import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.inventory.clinic.ClinicNames;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.lot.Lot;
import com.clinicchain.inventory.lot.Lots;
import com.clinicchain.inventory.threshold.StockAlerts;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/** Fridges, what is in them, and what their readings mean for the lots inside. */
@Service
class ColdChain {

    private static final Logger log = LoggerFactory.getLogger(ColdChain.class);
    /** Sensor clocks drift; a reading from further ahead than this is a wrong clock, not a reading. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Fridges fridges;
    private final Lots lots;
    private final Outbox outbox;
    private final StockAlerts alerts;
    private final Duration allowed;
    private final Clock clock;
    private final Clinics clinics;

    ColdChain(Fridges fridges, Lots lots, Outbox outbox, StockAlerts alerts, Clock clock, Clinics clinics,
              ExcursionSettings excursion) {
        this.fridges = fridges;
        this.clinics = clinics;
        this.clock = clock;
        this.lots = lots;
        this.outbox = outbox;
        this.alerts = alerts;
        this.allowed = excursion.allowed();
    }

    /** How long a fridge may be out of range before its vials are quarantined. */
    Duration allowed() {
        return allowed;
    }

    @Transactional
    Fridge add(Caller caller, Requests.AddFridge request) {
        requireManager(caller, request.clinicId());
        clinics.require(caller.chainId(), ClinicNames.Named.open("clinicId", request.clinicId()));
        Fridge fridge = new Fridge(UUID.randomUUID(), caller.chainId(), request.clinicId(), request.name().trim(),
                caller.username(), clock.instant(), null, null, null);
        fridges.insert(fridge);
        return fridges.find(caller.chainId(), fridge.id()).orElseThrow();
    }

    Fridge find(Caller caller, UUID fridgeId) {
        return fridges.find(caller.chainId(), fridgeId).orElseThrow(() -> ProblemException.notFound("fridge " + fridgeId));
    }

    @Transactional
    Fridge place(Caller caller, UUID fridgeId, UUID lotId) {
        Fridge fridge = fridges.lock(caller.chainId(), fridgeId)
                .orElseThrow(() -> ProblemException.notFound("fridge " + fridgeId));
        requireManager(caller, fridge.clinicId());
        // the fridge's clinic: vials at a closed clinic are still kept cold until they are sent away
        clinics.require(caller.chainId(), ClinicNames.Named.registered("clinicId", fridge.clinicId()));
        Lot lot = lots.lock(caller.chainId(), lotId)
                .orElseThrow(() -> ProblemException.invalid("lotId", "is not a lot of your chain"));
        if (fridges.place(lot.id(), fridge) == 0) {
            throw ProblemException.invalid("lotId", "has no vials on the shelf at clinic " + fridge.clinicId());
        }
        return fridge;
    }

    /** @param quarantinedLots the lots of the vials this reading quarantined */
    record Recorded(Fridge fridge, List<UUID> quarantinedLots, List<UUID> quarantinedVials) {
    }

    @Transactional
    Recorded record(Caller caller, UUID fridgeId, Requests.Reading reading) {
        Fridge fridge = fridges.lock(caller.chainId(), fridgeId)
                .orElseThrow(() -> ProblemException.notFound("fridge " + fridgeId));
        if (!InventoryWritePolicy.mayRecordTemperature(caller, fridge.clinicId())) {
            throw ProblemException.forbidden("you may not record temperatures at clinic " + fridge.clinicId());
        }
        Instant at = reading.at().toInstant();
        if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("at", "is in the future");
        }
        fridges.addReading(fridge.id(), fridge.chainId(), reading.celsius(), at, caller.username());
        if (fridge.lastReadingAt() != null && at.isBefore(fridge.lastReadingAt())) {
            return new Recorded(fridge, List.of(), List.of());  // a late reading: history only
        }
        Excursion excursion = Excursion.after(fridge.excursionStartedAt(), reading.celsius(), at, allowed);
        fridges.moveState(fridge.id(), excursion.startedAt(), at);
        List<Fridges.QuarantinedVial> quarantined = List.of();
        if (excursion.quarantine()) {
            quarantined = quarantine(fridge, "fridge " + fridge.name() + " outside 2-8 °C since "
                    + fridge.excursionStartedAt() + " (" + reading.celsius().toPlainString() + " °C at " + at + ")");
        }
        return new Recorded(fridges.find(fridge.chainId(), fridge.id()).orElseThrow(),
                quarantined.stream().map(Fridges.QuarantinedVial::lotId).distinct().toList(),
                quarantined.stream().map(Fridges.QuarantinedVial::id).toList());
    }

    /**
     * A silent fridge in an excursion has not come back in range: once the excursion has lasted longer than allowed,
     * its vials are quarantined as if a warm reading had said so. The caller holds the fridge's lock.
     */
    List<Fridges.QuarantinedVial> quarantineIfStillOut(Fridge fridge, Instant now) {
        if (!Excursion.outTooLongBy(fridge.excursionStartedAt(), now, allowed)) {
            return List.of();
        }
        return quarantine(fridge, "fridge " + fridge.name() + " outside 2-8 °C since " + fridge.excursionStartedAt()
                + " and no reading back in range since " + fridge.lastReadingAt());
    }

    /** Puts aside the vials in the fridge not already put aside, and tells the clinic; the caller holds its lock. */
    private List<Fridges.QuarantinedVial> quarantine(Fridge fridge, String reason) {
        List<Fridges.QuarantinedVial> quarantined = fridges.quarantineVialsIn(fridge.id(), reason, "fridge:" + fridge.id());
        if (!quarantined.isEmpty()) {
            List<UUID> vialIds = quarantined.stream().map(Fridges.QuarantinedVial::id).toList();
            outbox.append(Events.INVENTORY_TOPIC, fridge.id(), fridge.chainId(),
                    new VialsQuarantined(fridge.clinicId(), fridge.id(), vialIds, reason));
            quarantined.stream().map(Fridges.QuarantinedVial::lotId).distinct().forEach(lotId -> alerts.check(
                    fridge.chainId(), fridge.clinicId(), lots.find(fridge.chainId(), lotId).orElseThrow().productId()));
            log.warn("fridge {} at clinic {} out of range since {}: {} vials quarantined", fridge.id(),
                    fridge.clinicId(), fridge.excursionStartedAt(), vialIds.size());
        }
        return quarantined;
    }

    private static void requireManager(Caller caller, String clinicId) {
        if (!InventoryWritePolicy.mayManage(caller, clinicId)) {
            throw ProblemException.forbidden("you do not manage clinic " + clinicId);
        }
    }
}
