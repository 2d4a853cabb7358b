package com.clinicchain.staffweb.layout;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The application's sections and who may open them; the menu shows a person only their sections, and the same list
 * decides which pages the server lets them open. Receptionists have the front desk; practitioners also follow-ups;
 * managers also stock, the cold chain and the reports; admins everything, and the admin section.
 */
public final class Navigation {

    public record Section(String label, String path, Set<String> roles) {

        public boolean openTo(Set<String> personRoles) {
            return personRoles.stream().anyMatch(roles::contains);
        }
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("Patients", "/patients", Set.of("receptionist", "practitioner", "manager", "admin")),
            new Section("Schedule", "/schedule", Set.of("receptionist", "practitioner", "manager", "admin")),
            new Section("Follow-ups", "/follow-ups", Set.of("practitioner", "manager", "admin")),
            new Section("Stock", "/stock", Set.of("manager", "admin")),
            new Section("Cold chain", "/stock/cold-chain", Set.of("manager", "admin")),
            new Section("Reports", "/stock/reports", Set.of("manager", "admin")),
            // recalls, a patient's access log and GDPR requests, dead letters: the chain admin's alone
            new Section("Admin", "/admin", Set.of("admin")));

    private Navigation() {
    }

    public static List<Section> forRoles(Set<String> roles) {
        return SECTIONS.stream().filter(section -> section.openTo(roles)).toList();
    }

    /**
     * The section a path is in: the longest section path it starts with (the cold chain's pages are under /stock, and
     * are the cold chain's, not the dashboard's); null when none.
     */
    public static String sectionOf(String path) {
        if (path == null) {
            return null;
        }
        return SECTIONS.stream().map(Section::path)
                .filter(section -> path.equals(section) || path.startsWith(section + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }
}
