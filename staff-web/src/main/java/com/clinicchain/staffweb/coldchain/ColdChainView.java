package com.clinicchain.staffweb.coldchain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinicchain.staffweb.coldchain.ColdChainReadings.Fridge;
import com.clinicchain.staffweb.coldchain.ColdChainReadings.Reading;
import com.clinicchain.staffweb.coldchain.ColdChainReadings.Vial;

/** The cold-chain screen: per clinic its fridges, each with its newest reading, state and quarantined vials. */
record ColdChainView(List<Clinic> clinics) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'");

    /**
     * @param elsewhere quarantined vials of the clinic in none of its listed fridges (moved since the excursion)
     * @param more      quarantined vials beyond the page read, counted not listed
     */
    record Clinic(String clinicId, List<FridgeLine> fridges, List<VialLine> elsewhere, long more) {
    }

    record FridgeLine(UUID id, String name, String celsius, String age, String readAt, String lastReadingAt,
                      FridgeState state, List<VialLine> quarantined) {

        public String stateWords() {
            return state.words();
        }

        public String stateCss() {
            return state.css();
        }
    }

    record VialLine(UUID id, String lotNumber, String expiryDate, String status, int unitsRemaining,
                    String quarantinedAt, String reason) {
    }

    static ColdChainView of(List<String> clinicIds, Map<String, List<Fridge>> fridges,
                            Map<UUID, Optional<Reading>> newest, Map<String, ColdChainReadings.Page<Vial>> quarantined,
                            Instant now, Duration silentAfter) {
        List<Clinic> clinics = new ArrayList<>();
        for (String clinicId : clinicIds) {
            List<Fridge> ofClinic = fridges.getOrDefault(clinicId, List.of());
            ColdChainReadings.Page<Vial> page = quarantined.get(clinicId);
            List<Vial> vials = page == null ? List.of() : page.items();
            Map<UUID, List<VialLine>> byFridge = vials.stream().filter(vial -> vial.fridgeId() != null)
                    .collect(Collectors.groupingBy(Vial::fridgeId, Collectors.mapping(ColdChainView::line,
                            Collectors.toList())));
            Set<UUID> listed = ofClinic.stream().map(Fridge::id).collect(Collectors.toSet());
            List<FridgeLine> lines = ofClinic.stream().map(fridge -> {
                Optional<Reading> reading = newest.getOrDefault(fridge.id(), Optional.empty());
                Instant at = reading.map(Reading::measuredAt).orElse(null);
                FridgeState state = FridgeState.of(at, reading.map(Reading::celsius).orElse(null), fridge.silent(),
                        now, silentAfter);
                return new FridgeLine(fridge.id(), fridge.name(),
                        reading.map(r -> r.celsius().toPlainString() + " °C").orElse("no reading yet"),
                        at == null ? "" : FridgeState.age(at, now), at == null ? "" : time(at),
                        at == null ? "" : at.toString(), state, byFridge.getOrDefault(fridge.id(), List.of()));
            }).toList();
            List<VialLine> elsewhere = vials.stream()
                    .filter(vial -> vial.fridgeId() == null || !listed.contains(vial.fridgeId()))
                    .map(ColdChainView::line).toList();
            long more = page == null ? 0 : Math.max(0, page.totalItems() - vials.size());
            clinics.add(new Clinic(clinicId, lines, elsewhere, more));
        }
        return new ColdChainView(clinics);
    }

    private static VialLine line(Vial vial) {
        return new VialLine(vial.id(), vial.lotNumber(), vial.expiryDate(), vial.status(), vial.unitsRemaining(),
                vial.quarantinedAt() == null ? "" : time(vial.quarantinedAt()), vial.quarantineReason());
    }

    private static String time(Instant at) {
        return TIME.format(at.atOffset(ZoneOffset.UTC));
    }
}
