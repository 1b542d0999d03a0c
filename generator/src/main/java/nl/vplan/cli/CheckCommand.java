package nl.vplan.cli;

import java.util.concurrent.Callable;
import nl.vplan.model.Klasse;
import nl.vplan.pipeline.CheckRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vplan check}: validates the content and reports completeness; writes nothing and never starts Asciidoctor. */
@Command(name = "check",
        description = "Controleert de inhoud en meldt wat per school nog open staat; schrijft niets.")
final class CheckCommand implements Callable<Integer> {

    /** {@code --formaat}: the text report for people, or one JSON document for CI. */
    enum Formaat { tekst, json }

    /** A wrong {@code --formaat} is a usage error in Dutch (exit 2). */
    static final class FormaatConverter implements ITypeConverter<Formaat> {
        @Override
        public Formaat convert(String value) {
            return switch (value) {
                case "tekst" -> Formaat.tekst;
                case "json" -> Formaat.json;
                default -> throw new TypeConversionException("onbekend formaat '" + value + "'; kies tekst of json");
            };
        }
    }

    @ParentCommand
    Vplan parent;

    @Mixin
    DutchHelp help = new DutchHelp();

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--strict", description = "Open invullingen en waarschuwingen tellen als fout (exitstatus 1), zoals bij build --strict.")
    boolean strict;

    @Option(names = "--edition", paramLabel = "EDITIE", defaultValue = "intern", converter = EditionConverter.class,
            description = "openbaar, intern of vertrouwelijk (standaard: ${DEFAULT-VALUE}): controleer wat die editie toont;"
                    + " de volledigheid telt alleen de velden van die editie.")
    Klasse edition;

    @Option(names = "--formaat", paramLabel = "FORMAAT", defaultValue = "tekst", converter = FormaatConverter.class,
            description = "tekst of json (standaard: ${DEFAULT-VALUE}); json geeft één JSON-document op stdout, voor CI.")
    Formaat formaat;

    @Override
    public Integer call() {
        CheckRequest request = new CheckRequest(common.content(), common.schools, edition, strict, formaat == Formaat.json);
        return parent.runner.run(p -> p.check(request));
    }
}
