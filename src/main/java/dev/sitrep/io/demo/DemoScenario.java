package dev.sitrep.io.demo;

/// The demo incidents Sitrep can generate.
public enum DemoScenario {
    /// A vendor zero-day: 40 Exchange servers at 26 customers at risk.
    ZERO_DAY("zero-day", "Exchange zero-day at 26 customers"),
    /// Ransomware at one customer: headquarters and 12 production sites, two weeks into recovery.
    RANSOMWARE("ransomware", "Ransomware at a manufacturer, two weeks in");

    private final String commandName;
    private final String description;

    DemoScenario(String commandName, String description) {
        this.commandName = commandName;
        this.description = description;
    }

    /// The name used on the command line: `sitrep demo zero-day`.
    public String commandName() {
        return commandName;
    }

    public String description() {
        return description;
    }
}
