package com.clinicchain.faulttest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Figures measured along the way (not asserted: the machine is shared), printed and kept in target/figures.txt. */
final class Figures {

    private Figures() {
    }

    static void report(String line) {
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", "figures.txt"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
