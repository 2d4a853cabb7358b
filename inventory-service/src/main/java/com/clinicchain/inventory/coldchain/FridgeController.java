package com.clinicchain.inventory.coldchain;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReadPolicy;
import com.clinicchain.inventory.InventoryWritePolicy;
import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Cold chain", description = "Fridges, the lots they hold, their temperature readings.")
@RestController
class FridgeController {

    private final ColdChain coldChain;
    private final Fridges fridges;
    private final Clock clock;

    FridgeController(ColdChain coldChain, Fridges fridges, Clock clock) {
        this.coldChain = coldChain;
        this.fridges = fridges;
        this.clock = clock;
    }

    record FridgeResponse(UUID id, String clinicId, String name, boolean inExcursion, Instant excursionStartedAt,
                          Instant lastReadingAt, boolean silent, Instant silentSince, List<UUID> lotIds) {
    }

    record ReadingResponse(UUID fridgeId, BigDecimal celsius, Instant at, boolean inRange, boolean inExcursion,
                           Instant excursionStartedAt, List<UUID> quarantinedLots, List<UUID> quarantinedVials) {
    }

    @Operation(operationId = "addFridge", tags = "Cold chain", summary = "Add a fridge",
            description = "Adds a fridge at a clinic of the chain; 422 when the clinic is not the chain's. Roles: "
            + "manager, admin. Not for partner tokens. Staff act only at their own clinics (403 "
            + "elsewhere); admins and partners at every clinic of their chain.")
    @Created
    @PostMapping("/api/inventory/fridges")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    ResponseEntity<FridgeResponse> add(Caller caller, @Valid @RequestBody Requests.AddFridge request) {
        Fridge fridge = coldChain.add(caller, request);
        return ResponseEntity.created(URI.create("/api/inventory/fridges/" + fridge.id())).body(response(fridge));
    }

    @Operation(operationId = "getFridge", tags = "Cold chain", summary = "Read a fridge",
            description = "The fridge with its lots and last reading. Roles: receptionist, practitioner, manager, "
            + "admin. Partner scope: `inventory.read`. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist.")
    @GetMapping("/api/inventory/fridges/{id}")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    FridgeResponse get(Caller caller, @PathVariable UUID id) {
        return response(readable(caller, id));
    }

    @Operation(operationId = "listFridges", tags = "Cold chain", summary = "List a clinic's fridges",
            description = "The fridges of `clinicId` (required). Roles: receptionist, practitioner, manager, admin. "
            + "Partner scope: `inventory.read`. Staff act only at their own clinics (403 elsewhere); "
            + "admins and partners at every clinic of their chain.")
    @GetMapping("/api/inventory/fridges")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    List<FridgeResponse> atClinic(Caller caller, @RequestParam String clinicId) {
        InventoryReadPolicy.requireRead(caller, clinicId);
        return fridges.atClinic(caller.chainId(), clinicId).stream().map(this::response).toList();
    }

    /**
     * Puts the lot's vials at the fridge's clinic in the fridge (or moves them there from another): from now on the
     * fridge's excursions are theirs. Vials of the lot at other clinics are in those clinics' fridges.
     */
    @Operation(operationId = "placeLotInFridge", tags = "Cold chain", summary = "Place a lot in a fridge",
            description = "The lot is now kept in this fridge; 422 when it is at another clinic. Roles: manager, "
            + "admin. Not for partner tokens. Scoped to the caller's chain: another chain's record "
            + "answers 404, as one that does not exist. Staff act only at their own clinics (403 "
            + "elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/api/inventory/fridges/{id}/lots")
    @PreAuthorize(InventoryWritePolicy.MANAGES)
    FridgeResponse place(Caller caller, @PathVariable UUID id, @Valid @RequestBody Requests.PlaceLot request) {
        return response(coldChain.place(caller, id, request.lotId()));
    }

    @Operation(operationId = "recordReading", tags = "Cold chain", summary = "Record a temperature reading",
            description = "Records a reading; outside 2 to 8 °C the fridge's lots are quarantined. Roles: "
            + "practitioner, manager, admin. Partner scope: `inventory.write`. Scoped to the caller's "
            + "chain: another chain's record answers 404, as one that does not exist. Staff act only at "
            + "their own clinics (403 elsewhere); admins and partners at every clinic of their chain.")
    @Created(location = false)
    @PostMapping("/api/inventory/fridges/{id}/readings")
    @PreAuthorize(InventoryWritePolicy.RECORDS_TEMPERATURES)
    ResponseEntity<ReadingResponse> record(Caller caller, @PathVariable UUID id,
                                           @Valid @RequestBody Requests.Reading reading) {
        ColdChain.Recorded recorded = coldChain.record(caller, id, reading);
        Fridge fridge = recorded.fridge();
        return ResponseEntity.status(201).body(new ReadingResponse(fridge.id(), reading.celsius(),
                reading.at().toInstant(), Excursion.inRange(reading.celsius()), fridge.excursionStartedAt() != null,
                fridge.excursionStartedAt(), recorded.quarantinedLots(), recorded.quarantinedVials()));
    }

    /**
     * The fridge's readings, newest first: paged, or with {@code from} (and {@code to}, else now) the readings taken
     * in that window, up to {@link ReadingWindow#MAX_SIZE} of them in one answer (the newest, when there are more:
     * {@code totalItems} says how many the window holds).
     */
    @Operation(operationId = "listReadings", tags = "Cold chain", summary = "List a fridge's readings",
            description = "The readings between `from` and `to`, newest first, a page at a time. Roles: receptionist, "
            + "practitioner, manager, admin. Partner scope: `inventory.read`. Scoped to the caller's "
            + "chain: another chain's record answers 404, as one that does not exist.")
    @GetMapping("/api/inventory/fridges/{id}/readings")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    PageResponse<TemperatureReading> readings(Caller caller, @PathVariable UUID id,
                                              @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME)
                                              OffsetDateTime from,
                                              @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME)
                                              OffsetDateTime to,
                                              @RequestParam(defaultValue = "0") int page,
                                              @RequestParam(required = false) Integer size) {
        Optional<ReadingWindow> window = ReadingWindow.of(from, to, size, clock.instant());
        UUID fridge = readable(caller, id).id();
        if (window.isPresent()) {
            return fridges.readings(caller.chainId(), fridge, window.get());
        }
        return fridges.readings(caller.chainId(), fridge, new PageRequest(page, size == null ? 20 : size));
    }

    private Fridge readable(Caller caller, UUID id) {
        Fridge fridge = coldChain.find(caller, id);
        InventoryReadPolicy.requireRead(caller, fridge.clinicId());
        return fridge;
    }

    private FridgeResponse response(Fridge fridge) {
        return new FridgeResponse(fridge.id(), fridge.clinicId(), fridge.name(), fridge.excursionStartedAt() != null,
                fridge.excursionStartedAt(), fridge.lastReadingAt(), fridge.silentSince() != null, fridge.silentSince(),
                fridges.lotsIn(fridge.id()));
    }
}
