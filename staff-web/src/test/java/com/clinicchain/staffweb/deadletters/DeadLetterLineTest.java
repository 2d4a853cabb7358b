package com.clinicchain.staffweb.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLetterLineTest {

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
