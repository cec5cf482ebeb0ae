package dev.sitrep.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// A second Java process running one of the test classes' `main` methods, on this test run's class path:
/// another program or another Sitrep console on the same database file.
///
/// The child reports through lines on its standard output and runs until its standard input closes.
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(arguments));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /// The child's next line of output, or `null` once it has exited without printing one.
    String readLine() throws IOException {
        return output.readLine();
    }

    /// Reads lines until one starts with `prefix`; returns it, or `null` if the child ends first.
    String awaitLine(String prefix) throws IOException {
        for (String line = readLine(); line != null; line = readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /// Closes the child's input, which tells it to finish, and waits for it to exit.
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /// Blocks until standard input closes: how a child learns that the test is done with it.
    static void awaitParent() throws IOException {
        while (System.in.read() >= 0) {
            // the parent never writes; the loop only waits for end of input
        }
    }
}
