package dev.sitrep.app.cli;

import dev.sitrep.io.demo.DemoScenario;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Iterator;

/// The demo scenarios by their command-line names (`zero-day`, `ransomware`): picocli converts with it and
/// lists its names in the help.
final class DemoScenarios implements ITypeConverter<DemoScenario>, Iterable<String> {

    @Override
    public DemoScenario convert(String name) {
        return Arrays.stream(DemoScenario.values())
                .filter(scenario -> scenario.commandName().equals(name))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(
                        "'" + name + "' is not a demo scenario; choose one of " + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(DemoScenario.values()).map(DemoScenario::commandName).iterator();
    }
}
