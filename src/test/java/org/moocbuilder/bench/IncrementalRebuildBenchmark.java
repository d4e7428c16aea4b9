package org.moocbuilder.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.moocbuilder.serve.LiveSite;

/**
 * How long {@code mooc serve} takes to rebuild after one lesson is saved, once the JVM is warm:
 * a copy of the example course, 30 warm-up edits, then 50 measured ones, each a real change to
 * the lesson's text. Run with bench/incremental.sh; it prints the figures, it asserts nothing.
 */
public final class IncrementalRebuildBenchmark {

    private IncrementalRebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path copy = Files.createTempDirectory("mooc-bench-");
        try {
            for (String folder : List.of("content", "locales", "themes")) {
                PathUtils.copyDirectory(Path.of(folder), copy.resolve(folder));
            }
            Path lesson = copy.resolve("content/ai-public-sector/01-ai-fundamentals/01-what-is-ai.md");
            String original = Files.readString(lesson);
            LiveSite site = new LiveSite(copy);
            LiveSite.Update first = site.update(Set.of());
            System.out.printf(Locale.ROOT, "full build in memory: %d pages in %d ms (cold)%n", first.pages(), first.millis());
            List<Long> times = new ArrayList<>();
            List<Long> cpuTimes = new ArrayList<>();
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            String scope = "";
            for (int i = 0; i < 80; i++) {
                String edited = original.replaceFirst("\n\n([A-Z])", "\n\nEdit " + i + ". $1");
                if (edited.equals(original)) {
                    throw new IllegalStateException("the edit changed nothing");
                }
                Files.writeString(lesson, edited);
                long start = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                LiveSite.Update update = site.update(Set.of(lesson));
                long millis = (System.nanoTime() - start) / 1_000_000;
                long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
                if (!update.ok()) {
                    throw new IllegalStateException("rebuild failed: " + update.diagnostics());
                }
                scope = update.scope() + ", " + update.pages() + " pages";
                if (i >= 30) {
                    times.add(millis);
                    cpuTimes.add(cpuMillis);
                }
            }
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "one edited lesson (%s), 50 rebuilds after 30 warm-up: min %d ms, median %d ms,"
                    + " p90 %d ms, max %d ms%n", scope, times.get(0), times.get(times.size() / 2),
                    times.get(times.size() * 9 / 10), times.get(times.size() - 1));
            // CPU time of the whole process (all threads, the collector's too) moves less than wall
            // time when other programs share the machine.
            Collections.sort(cpuTimes);
            System.out.printf(Locale.ROOT, "CPU time of the process per rebuild: min %d ms, median %d ms, max %d ms%n",
                    cpuTimes.get(0), cpuTimes.get(cpuTimes.size() / 2), cpuTimes.get(cpuTimes.size() - 1));
        } finally {
            PathUtils.deleteDirectory(copy);
        }
    }
}
