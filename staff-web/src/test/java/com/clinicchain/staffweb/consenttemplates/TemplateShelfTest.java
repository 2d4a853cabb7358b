package com.clinicchain.staffweb.consenttemplates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.consenttemplates.TemplateShelf.Template;

class TemplateShelfTest {

    private static Template template(String type, int version) {
        return new Template(type, version, "wording " + version, Instant.parse("2026-12-0" + version + "T10:00:00Z"),
                version == 1 ? null : "alice.admin", version > 1);
    }

    @Test
    void eachTypeShowsItsNewestVersionInForceAndTheOlderOnesNewestFirst() {
        TemplateShelf shelf = TemplateShelf.of(List.of(template("PHOTOGRAPHY", 1), template("PHOTOGRAPHY", 3),
                template("PHOTOGRAPHY", 2), template("MARKETING", 1)));

        assertThat(shelf.types()).extracting(TemplateShelf.Type::type)
                .containsExactly("TREATMENT_BOTULINUM_TOXIN", "PHOTOGRAPHY", "PARTNER_DATA_SHARING", "MARKETING");
        TemplateShelf.Type photography = shelf.types().get(1);
        assertThat(photography.current().version()).isEqualTo(3);
        assertThat(photography.older()).extracting(Template::version).containsExactly(2, 1);
        assertThat(photography.nextVersion()).isEqualTo(4);
        assertThat(shelf.types().get(3).older()).isEmpty();
    }

    @Test
    void aTypeWithoutAVersionIsShownEmptyAndAnUnknownOneIsNotLost() {
        TemplateShelf shelf = TemplateShelf.of(List.of(template("NEWSLETTER", 1)));

        assertThat(shelf.types().get(0).current()).isNull();
        assertThat(shelf.types().get(0).nextVersion()).isEqualTo(1);
        assertThat(shelf.types()).extracting(TemplateShelf.Type::type).endsWith("NEWSLETTER");
    }
}
