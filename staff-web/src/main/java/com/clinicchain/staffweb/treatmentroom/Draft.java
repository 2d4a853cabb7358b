package com.clinicchain.staffweb.treatmentroom;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session's chart before it is completed: the injections given so far, the vial in hand, the override reasons
 * typed. Kept on the server (the person's web session), so that a tablet that sleeps or reloads loses nothing and
 * nothing clinical is left in the browser.
 */
public record Draft(List<Charted> injections, UUID vialId, Map<String, String> overrides) implements Serializable {

    /** One injection: units into an area from a vial; points are how many injection points the units went into. */
    public record Charted(String area, int units, Integer points, UUID vialId) implements Serializable {
    }

    public static final Draft EMPTY = new Draft(List.of(), null, Map.of());

    public Draft {
        injections = List.copyOf(injections);
        overrides = Map.copyOf(overrides);
    }

    Draft with(Charted injection) {
        List<Charted> more = new ArrayList<>(injections);
        more.add(injection);
        return new Draft(more, vialId, overrides);
    }

    Draft without(int index) {
        if (index < 0 || index >= injections.size()) {
            return this;
        }
        List<Charted> fewer = new ArrayList<>(injections);
        fewer.remove(index);
        return new Draft(fewer, vialId, overrides);
    }

    Draft holding(UUID vial) {
        return new Draft(injections, vial, overrides);
    }

    /** The override reasons as typed; a blank one withdraws that override. */
    Draft overriding(Map<String, String> reasons) {
        Map<String, String> kept = new LinkedHashMap<>(overrides);
        reasons.forEach((rule, reason) -> {
            if (reason == null || reason.isBlank()) {
                kept.remove(rule);
            } else {
                kept.put(rule, reason.strip());
            }
        });
        return new Draft(injections, vialId, kept);
    }

    /** Units charted per area, in the order first charted. */
    public Map<String, Integer> unitsPerArea() {
        Map<String, Integer> perArea = new LinkedHashMap<>();
        injections.forEach(i -> perArea.merge(i.area(), i.units(), Integer::sum));
        return perArea;
    }

    /** The treatment service's completion request; points only where they were charted. */
    Map<String, Object> completion() {
        List<Map<String, Object>> logs = injections.stream().map(i -> {
            Map<String, Object> log = new LinkedHashMap<>(Map.of("area", i.area(), "units", i.units(),
                    "vialId", i.vialId()));
            if (i.points() != null) {
                log.put("points", i.points());
            }
            return log;
        }).toList();
        List<Map<String, String>> given = overrides.entrySet().stream()
                .map(e -> Map.of("rule", e.getKey(), "reason", e.getValue())).toList();
        return Map.of("injections", logs, "overrides", given);
    }
}
