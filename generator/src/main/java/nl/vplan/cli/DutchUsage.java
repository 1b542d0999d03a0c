package nl.vplan.cli;

import picocli.CommandLine;

/** Dutch wording for picocli's usage errors. */
final class DutchUsage {

    private DutchUsage() {
    }

    static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return "onbekende optie of argument: " + String.join(" ", u.getUnmatched());
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return "er ontbreekt een waarde: " + String.join(", ", missing.getMissing().stream()
                    .map(arg -> arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel()).toList());
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException conversion && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName() + ": " + conversion.getMessage();
        }
        return e.getMessage();
    }
}
