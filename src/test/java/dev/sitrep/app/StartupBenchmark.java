package dev.sitrep.app;

import dev.sitrep.Medians;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/// Start-up: a bare JavaFX window against Sitrep opening on the ransomware demo (3,000 devices, 20,000
/// journal entries), each in a fresh JVM on this run's class path under headless Monocle.
///
/// Times are the parent's wall clock from starting the process to reading a line the child prints: what
/// an operator waits, JVM start included. `startup` is Sitrep's first frame (the main window, saying the
/// database is being opened, or already the console), `startup.ready` the first frame with the current
/// incident on it. One warm-up of each, then runs taken in turn; medians printed.
@Tag("bench")
class StartupBenchmark {

    private static final int WARM_UPS = 1;
    private static final int RUNS = 5;
    private static final String FIRST_FRAME = "FIRST_FRAME";
    private static final String READY = "READY";

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
                timeTo(bare, FIRST_FRAME);
                timeTo(sitrep, FIRST_FRAME, READY);
            }
            List<Long> bareTimes = new ArrayList<>();
            List<Long> firstFrames = new ArrayList<>();
            List<Long> readies = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                bareTimes.add(timeTo(bare, FIRST_FRAME).get(FIRST_FRAME));
                Map<String, Long> times = timeTo(sitrep, FIRST_FRAME, READY);
                firstFrames.add(times.get(FIRST_FRAME));
                readies.add(times.get(READY));
            }
            System.out.println("BENCH startup " + Medians.of(firstFrames) + " ms");
            System.out.println("BENCH startup.ready " + Medians.of(readies) + " ms");
            System.out.println("BENCH startup.baseline " + Medians.of(bareTimes) + " ms");
            System.out.printf("startup runs: first frame %s, ready %s, bare %s; ratio %.2f (ready %.2f)%n",
                    firstFrames, readies, bareTimes, (double) Medians.of(firstFrames) / Medians.of(bareTimes),
                    (double) Medians.of(readies) / Medians.of(bareTimes));
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

    /// Runs the command and returns, for each marker, the milliseconds until the child printed it.
    private Map<String, Long> timeTo(List<String> mainAndArguments, String... markers)
            throws IOException, InterruptedException {
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
        Map<String, Long> times = new HashMap<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (times.size() < markers.length && (line = output.readLine()) != null) {
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                for (String marker : markers) {
                    if (line.startsWith(marker + " ")) {
                        times.put(marker, elapsed);
                    }
                }
            }
            if (times.size() < markers.length) {
                process.waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError(mainAndArguments.getFirst() + " printed only " + times.keySet()
                        + " of " + List.of(markers) + ":\n" + Files.readString(errors));
            }
            return times;
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
