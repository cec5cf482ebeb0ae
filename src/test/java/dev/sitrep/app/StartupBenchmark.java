package dev.sitrep.app;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/// Time to the first frame: a bare JavaFX window against Sitrep opening on the ransomware demo (3,000
/// devices, 20,000 journal entries), each in a fresh JVM on this run's class path under headless Monocle.
///
/// The time is the parent's wall clock from starting the process to reading its `FIRST_FRAME` line: what
/// an operator waits, JVM start included. One warm-up of each, then runs taken in turn; medians printed.
@Tag("bench")
class StartupBenchmark {

    private static final int WARM_UPS = 1;
    private static final int RUNS = 5;

    @TempDir
    Path folder;

    @Test
    void startupAgainstABareWindow() throws Exception {
        Path database = folder.resolve("ransomware");
        Preferences settingsNode = Preferences.userRoot().node("/dev/sitrep-bench/startup-" + UUID.randomUUID());
        try {
            prepare(database, new Settings(settingsNode));
            List<String> sitrep = List.of("-D" + SitrepApp.EXIT_AFTER_FIRST_FRAME + "=true",
                    "-D" + SitrepApp.PREFERENCES_NODE + "=" + settingsNode.absolutePath(),
                    SitrepOnDatabase.class.getName(), database.toString());
            List<String> bare = List.of(BareWindow.class.getName());

            for (int i = 0; i < WARM_UPS; i++) {
                timeToFirstFrame(bare);
                timeToFirstFrame(sitrep);
            }
            List<Long> bareTimes = new ArrayList<>();
            List<Long> sitrepTimes = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                bareTimes.add(timeToFirstFrame(bare));
                sitrepTimes.add(timeToFirstFrame(sitrep));
            }
            long sitrepMedian = median(sitrepTimes);
            long bareMedian = median(bareTimes);
            System.out.println("BENCH startup " + sitrepMedian + " ms");
            System.out.println("BENCH startup.baseline " + bareMedian + " ms");
            System.out.printf("startup runs: sitrep %s, bare %s, ratio %.2f%n", sitrepTimes, bareTimes,
                    (double) sitrepMedian / bareMedian);
        } finally {
            settingsNode.removeNode();
        }
    }

    /// Loads the ransomware demo and remembers an operator and the demo incident, as after a normal session.
    private static void prepare(Path database, Settings settings) {
        try (Store store = Store.open(DatabaseLocation.ofFile(database), Clock.systemDefaultZone())) {
            Incident incident = DemoData.load(store, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
            store.staff().signIn("Bench Operator", StaffRole.COMMANDER);
            settings.rememberOperator("Bench Operator", StaffRole.COMMANDER);
            settings.rememberIncident(incident.id());
        }
    }

    private long timeToFirstFrame(List<String> mainAndArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        long started = System.nanoTime();
        Path errors = Files.createTempFile(folder, "child", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String marker = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("FIRST_FRAME ")) {
                    marker = line;
                    break;
                }
            }
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (marker == null) {
                process.waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError(mainAndArguments.getFirst() + " reported no first frame:\n"
                        + Files.readString(errors));
            }
            return elapsed;
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
