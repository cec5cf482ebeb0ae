package dev.sitrep.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/// Turns failures into one line on standard error and a non-zero exit code; `--verbose` adds the stack trace.
final class FailureHandlers {

    private FailureHandlers() {
    }

    /// Bad arguments: picocli's own message and where to find help. Exits with picocli's usage code (2).
    static final class UsageError implements IParameterExceptionHandler {

        @Override
        public int handleParseException(ParameterException problem, String[] args) {
            CommandLine commandLine = problem.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getColorScheme().errorText(problem.getMessage())
                    + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
            if (isVerbose(commandLine)) {
                problem.printStackTrace(err);
            }
            err.flush();
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    /// A command that failed while running (a database it cannot use, a rule the change broke). Exits with 1.
    static final class ExecutionFailure implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getColorScheme().errorText(
                    commandLine.getCommandSpec().qualifiedName() + ": " + describe(failure)));
            if (isVerbose(commandLine)) {
                failure.printStackTrace(err);
            }
            err.flush();
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        }
    }

    /// The failure's own message, or its kind when it has none.
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static boolean isVerbose(CommandLine commandLine) {
        return commandLine.getCommandSpec().root().userObject() instanceof SitrepCommand root && root.verbose();
    }
}
