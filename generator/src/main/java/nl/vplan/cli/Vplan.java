package nl.vplan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vplan} command: {@code build}, {@code check}, {@code serve}, {@code invulsheet} and {@code nieuw} (see README.md, "Command line"). */
@Command(name = "vplan",
        description = "Maakt per school een veiligheidsplan (site) uit het kader van het bestuur.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, InvulsheetCommand.class, NieuwCommand.class},
        synopsisSubcommandLabel = "COMMANDO")
public final class Vplan implements Runnable {

    /** Dutch -h/--help, -V/--version and headings; every subcommand has it too (see {@link DutchHelp}). */
    @CommandLine.Mixin
    DutchHelp help = new DutchHelp();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final PipelineRunner runner;

    private Vplan(PipelineRunner runner) {
        this.runner = runner;
    }

    public static void main(String[] args) {
        System.exit(run(PipelineRunner.standard(), args));
    }

    /** Runs the command line and returns the exit status (0 done, 1 content errors, 2 wrong usage). */
    public static int run(PipelineRunner runner, String... args) {
        try {
            nl.vplan.check.DomainRules.today();
        } catch (java.time.DateTimeException e) {
            runner.err().println("fout: -Dvplan.vandaag=" + System.getProperty("vplan.vandaag")
                    + " is geen bestaande datum; schrijf jjjj-mm-dd, bijvoorbeeld -Dvplan.vandaag=2026-09-01");
            return 2;
        }
        return commandLine(runner).execute(args);
    }

    /** The configured command line, with every subcommand (tests read {@code getSubcommands()} from it). */
    public static CommandLine commandLine(PipelineRunner runner) {
        CommandLine cli = new CommandLine(new Vplan(runner));
        cli.setOut(new java.io.PrintWriter(runner.out(), true));
        cli.setErr(new java.io.PrintWriter(runner.err(), true));
        cli.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("fout: " + DutchUsage.message(e));
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return 2;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "kies een commando: build, check, serve, invulsheet of nieuw");
    }
}
