package com.clinicchain.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    /** A kind given as a literal where a refusal is made: {@code new ProblemException(HttpStatus.X, "kind"}, {@code conflict("kind"}, ... */
    private static final Pattern THROWN = Pattern.compile(
            "(new ProblemException|\\bconflict|requireNone)\\s*\\(\\s*(?:HttpStatus\\.(\\w+)\\s*,\\s*)?\"([a-z][a-z-]*)\"");

    private static final Map<String, Integer> STATUSES = Map.of("BAD_REQUEST", 400, "CONFLICT", 409,
            "UNPROCESSABLE_CONTENT", 422, "PRECONDITION_FAILED", 412, "PRECONDITION_REQUIRED", 428,
            "CONTENT_TOO_LARGE", 413, "UNAUTHORIZED", 401, "FORBIDDEN", 403, "NOT_FOUND", 404,
            "SERVICE_UNAVAILABLE", 503);

    @Test
    void slugsAreUniqueLowerCaseWords() {
        Set<String> slugs = new HashSet<>();
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.slug()).matches("[a-z]+(-[a-z]+)*");
            assertThat(slugs.add(type.slug())).as(type.slug()).isTrue();
            assertThat(type.type()).isEqualTo("/problems/" + type.slug());
            assertThat(type.status()).isBetween(400, 599);
            assertThat(type.title()).isNotBlank();
            assertThat(type.meaning()).isNotBlank();
        }
    }

    @Test
    void aBareStatusGetsItsGeneralType() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(405)).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.forStatus(414)).isEqualTo(ProblemType.URI_TOO_LONG);
        assertThat(ProblemType.forStatus(431)).isEqualTo(ProblemType.HEADERS_TOO_LARGE);
        assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL_ERROR);
    }

    /** So that a grep of this one file finds every type: each kind the apps' code throws is a catalogue entry. */
    @Test
    void everyKindTheAppsThrowIsInTheCatalogueWithItsStatus() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(ProblemTypeTest::javaFiles).toList();
        }
        int kinds = 0;
        for (Path source : sources) {
            Matcher thrown = THROWN.matcher(Files.readString(source));
            while (thrown.find()) {
                kinds++;
                String slug = thrown.group(3);
                assertThat(ProblemType.bySlug(slug)).as(slug + " in " + root.relativize(source)).isPresent();
                Integer status = thrown.group(2) != null ? STATUSES.get(thrown.group(2))
                        : thrown.group(1).equals("conflict") ? Integer.valueOf(409) : null;
                if (status != null) {
                    assertThat(ProblemType.bySlug(slug).orElseThrow().status()).as(slug + " in " + source)
                            .isEqualTo(status);
                }
            }
        }
        assertThat(kinds).as("refusals found in " + root).isGreaterThan(20);
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug)).contains("possible-duplicate");
    }

    private static Stream<Path> javaFiles(Path dir) {
        try {
            return Files.walk(dir).filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
