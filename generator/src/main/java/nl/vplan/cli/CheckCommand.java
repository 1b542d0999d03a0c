package nl.vplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vplan.pipeline.BuildRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code vplan check}: validates the content and reports completeness; writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Controleert de inhoud en meldt wat per school nog open staat; schrijft niets.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Vplan parent;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() {
        BuildRequest request = new BuildRequest(common.content, Path.of("site"), common.schools, nl.vplan.model.Klasse.INTERN, false, false, false);
        return parent.runner.run(p -> p.check(request));
    }
}
