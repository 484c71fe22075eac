package cn.bangfu.web.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of the Payara Micro JVM the benchmark talks to, read with {@code jcmd}: the process is the
 * one whose command line names this run's log file, so other engineers' servers are never touched.
 */
final class ServerHeap {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final Long pid;

    ServerHeap(String marker) {
        pid = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro") && c.contains(marker)).orElse(false))
                .map(ProcessHandle::pid).findFirst().orElse(null);
    }

    boolean available() {
        return pid != null;
    }

    /** The heap in use right after a full collection, in MB; empty if jcmd could not tell. */
    Optional<Long> usedAfterFullGcMb() {
        if (pid == null) {
            return Optional.empty();
        }
        jcmd("GC.run");
        return usedMb();
    }

    /** The heap in use now (live and garbage), in MB. */
    Optional<Long> usedMb() {
        if (pid == null) {
            return Optional.empty();
        }
        Matcher m = USED.matcher(jcmd("GC.heap_info"));
        long used = 0;
        boolean found = false;
        // G1 prints one "garbage-first heap total …, used …" line; other collectors one line per generation
        while (m.find()) {
            used += Long.parseLong(m.group(2));
            found = true;
        }
        return found ? Optional.of(used / 1024) : Optional.empty();
    }

    private String jcmd(String command) {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
