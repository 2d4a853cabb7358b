package com.clinicchain.staffweb.consenttemplates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.clinicchain.staffweb.consents.ConsentForms;
import com.clinicchain.staffweb.consents.ConsentsView;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The consent wordings per type, as the admin publishes them: the one in force (the newest version) and the older
 * ones below it. Every type of the screen's order is shown, also one that has no version yet.
 */
public record TemplateShelf(List<Type> types) {

    /** @param chainWide false for the platform's default wording, which every chain starts from */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Template(String type, int version, String body, Instant publishedAt, String publishedBy,
                           boolean chainWide) {
    }

    /** @param current null when no version was ever published; @param older newest first */
    public record Type(String type, Template current, List<Template> older) {

        public String typeInWords() {
            return ConsentsView.typeInWords(type);
        }

        public int nextVersion() {
            return current == null ? 1 : current.version() + 1;
        }
    }

    public static TemplateShelf of(List<Template> templates) {
        List<String> order = new ArrayList<>(ConsentForms.ORDER);
        templates.stream().map(Template::type).filter(type -> !order.contains(type)).distinct().forEach(order::add);
        List<Type> types = new ArrayList<>();
        for (String type : order) {
            List<Template> versions = templates.stream().filter(t -> t.type().equals(type))
                    .sorted(Comparator.comparingInt(Template::version).reversed()).toList();
            types.add(new Type(type, versions.isEmpty() ? null : versions.get(0),
                    versions.size() <= 1 ? List.of() : versions.subList(1, versions.size())));
        }
        return new TemplateShelf(List.copyOf(types));
    }
}
