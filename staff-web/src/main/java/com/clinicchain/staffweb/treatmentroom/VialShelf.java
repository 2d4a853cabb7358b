package com.clinicchain.staffweb.treatmentroom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A clinic's vials as inventory lists and describes them, read through the gateway with the person's token. */
@Component
class VialShelf {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(UUID id, String clinicId, UUID productId, String lotNumber, LocalDate expiryDate, String status,
                int unitsRemaining) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, int page, int size, long totalItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Product(UUID id, String brand, int unitsPerVial, String gtin) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldLot(String clinicId, UUID productId, String lotNumber, String status, String statusReason) {
    }

    private static final ParameterizedTypeReference<Page<Line>> LINES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<HeldLot>> LOTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Product>> PRODUCTS = new ParameterizedTypeReference<>() {
    };
    /** Inventory's largest page; a clinic's shelf beyond three of them is cut, soonest expiry first. */
    private static final int PAGE = 100;
    private static final int PAGES = 3;
    private static final Set<String> ON_THE_SHELF = Set.of("SEALED", "RECONSTITUTED", "IN_USE");

    private final Gateway gateway;

    VialShelf(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Every vial inventory lists at the clinic, whatever its status, soonest expiry first. */
    List<Line> lines(String clinicId) {
        List<Line> lines = new ArrayList<>();
        for (int page = 0; page < PAGES; page++) {
            Page<Line> answer = gateway.get("/api/inventory/vials?clinicId={clinic}&page={page}&size={size}", LINES,
                    clinicId, page, PAGE);
            lines.addAll(answer.items());
            if (lines.size() >= answer.totalItems() || answer.items().isEmpty()) {
                break;
            }
        }
        return lines;
    }

    /** The vials on the shelf that inventory says may be used now. */
    List<Vial> usable(List<Line> lines) {
        return details(lines.stream().filter(line -> ON_THE_SHELF.contains(line.status())).toList()).stream()
                .filter(Vial::usable).toList();
    }

    List<Vial> details(List<Line> lines) {
        return lines.stream().map(line -> gateway.get("/api/inventory/vials/{id}", Vial.class, line.id())).toList();
    }

    Optional<Vial> one(UUID id) {
        try {
            return Optional.of(gateway.get("/api/inventory/vials/{id}", Vial.class, id));
        } catch (GatewayProblem e) {
            return Optional.empty();
        }
    }

    List<Product> products() {
        return gateway.get("/api/inventory/products", PRODUCTS);
    }

    /** Where the person's clinics hold the lot, and why it is blocked if it is. */
    VialChoice.LotElsewhere lot(String lotNumber, UUID productId) {
        List<HeldLot> held = gateway.get("/api/inventory/lots?lotNumber={lot}&size={size}", LOTS, lotNumber, PAGE)
                .items().stream().filter(lot -> lot.productId().equals(productId)).toList();
        return new VialChoice.LotElsewhere(held.stream().map(HeldLot::clinicId).distinct().toList(),
                held.stream().map(HeldLot::statusReason).filter(reason -> reason != null && !reason.isBlank())
                        .findFirst().orElse(null));
    }
}
