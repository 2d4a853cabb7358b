package com.clinicchain.staffweb.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.deadletters.DeadLetterLine.DeadLetter;

class DeadLetterLineTest {

    private static DeadLetter letter(String topic, long offset, String at) {
        return new DeadLetter(topic, 0, offset, "key-" + offset, "demo-chain", "ConsentGranted", "database unavailable",
                Instant.parse(at));
    }

    @Test
    void theSameRecordListedByEveryServiceIsOneLineNewestFirst() {
        DeadLetter old = letter("patient-events.DLT", 3, "2026-12-07T10:00:00Z");
        DeadLetter recent = letter("treatment-events.DLT", 9, "2026-12-08T10:00:00Z");

        List<DeadLetterLine> lines = DeadLetterLine.merge(Map.of("treatments", List.of(old, recent),
                "inventory", List.of(old, recent), "patients", List.of(old)));

        assertThat(lines).extracting(DeadLetterLine::offset).containsExactly(9L, 3L);
        assertThat(lines.get(0).services()).containsExactly("treatments", "inventory");
        assertThat(lines.get(1).services()).containsExactly("patients", "treatments", "inventory");
        assertThat(lines.get(1).replayVia()).isEqualTo("patients");
        assertThat(lines.get(1).error()).isEqualTo("database unavailable");
    }

    @Test
    void onlyTheGatewaysServicesAndKafkaTopicNamesGoIntoAReplayPath() {
        assertThat(DeadLetterLine.known("treatments")).isTrue();
        assertThat(DeadLetterLine.known("gateway")).isFalse();
        assertThat(DeadLetterLine.validTopic("patient-events.DLT")).isTrue();
        assertThat(DeadLetterLine.validTopic("..")).isFalse();
        assertThat(DeadLetterLine.validTopic("a/b")).isFalse();
        assertThat(DeadLetterLine.validTopic("")).isFalse();
        assertThat(DeadLetterLine.validTopic(null)).isFalse();
    }
}
