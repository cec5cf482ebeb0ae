package dev.sitrep.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/// `sitrep inventory ...`: customers, sites and devices. Today it holds `import`.
@Command(name = "inventory", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = InventoryImportCommand.class,
        description = "Works with the inventory: customers, their sites and devices.")
final class InventoryCommand implements Callable<Integer> {

    @ParentCommand
    private SitrepCommand root;

    @Spec
    private CommandSpec spec;

    /// Without a subcommand there is nothing to do: say which ones there are.
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: say what to do with the inventory, "
                + "for example 'sitrep inventory import FILE.csv'");
    }

    SitrepCommand root() {
        return root;
    }
}
