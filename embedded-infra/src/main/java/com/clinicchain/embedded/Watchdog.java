package com.clinicchain.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny detached shell process that outlives this JVM: once this JVM is gone (even after {@code kill -9}) it
 * stops the process it guards, so no Keycloak or PostgreSQL is left behind.
 */
public final class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

    private final Process process;

    private Watchdog(Process process) {
        this.process = process;
    }

    /**
     * @param pid the pid to stop (a process group when {@code group} is true: pid is then the group id)
     * @param marker a string that must appear in {@code /proc/<pid>/cmdline} (protects against pid reuse)
     * @param signal the polite signal (TERM, INT ...) sent first; KILL follows after 10 s
     */
    public static Watchdog guard(long pid, boolean group, String marker, String signal) {
        long jvm = ProcessHandle.current().pid();
        String target = group ? "-" + pid : String.valueOf(pid);
        String script = "trap '' HUP INT TERM; "
                // a killed JVM whose parent does not reap it stays a zombie: kill -0 still succeeds, so look at its state
                + "while kill -0 " + jvm + " 2>/dev/null && ! grep -q '^State:.*Z' /proc/" + jvm + "/status 2>/dev/null; do sleep 1; done; "
                + "if kill -0 " + pid + " 2>/dev/null && grep -q '" + marker + "' /proc/" + pid + "/cmdline 2>/dev/null; then "
                + "kill -" + signal + " " + target + " 2>/dev/null; "
                + "i=0; while [ $i -lt 10 ] && kill -0 " + pid + " 2>/dev/null; do sleep 1; i=$((i+1)); done; "
                + "kill -KILL " + target + " 2>/dev/null; fi"; // dash's kill knows no "--"
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
            command.add("setsid");
        }
        command.add("sh");
        command.add("-c");
        command.add(script);
        try {
            String debugLog = System.getProperty("clinic.watchdog.log");
            if (debugLog != null) {
                command.set(command.size() - 1, "set -x; " + script);
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput((debugLog != null) ? ProcessBuilder.Redirect.appendTo(new File(debugLog))
                        : ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
            return new Watchdog(process);
        }
        catch (IOException ex) {
            log.warn("could not start a watchdog for pid {}: it may outlive this JVM", pid, ex);
            return new Watchdog(null);
        }
    }

    /** Ends the watchdog (the guarded process was stopped normally). */
    void cancel() {
        if (this.process != null) {
            this.process.descendants().forEach(ProcessHandle::destroyForcibly);
            this.process.destroyForcibly();
        }
    }

    /** Sends a signal with {@code kill}; false when that failed. */
    static boolean signal(String signal, String target) {
        try {
            return new ProcessBuilder("kill", "-" + signal, "--", target).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
