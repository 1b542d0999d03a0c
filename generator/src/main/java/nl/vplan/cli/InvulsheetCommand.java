package nl.vplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.vplan.fill.FillInSheet;
import nl.vplan.fill.SheetImport;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Ids;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vplan invulsheet}: all schools' values, choices and parts in one spreadsheet for a board
 * ({@code --out}), and that spreadsheet read back into the schools' school.yml ({@code --lees}).
 */
@Command(name = "invulsheet",
        description = {"Zet de invulvelden, keuzes en onderdelen van alle scholen in één Excel-bestand (--out), "
                + "of leest zo'n bestand terug in de school.yml van elke school (--lees).",
                "Een lege cel betekent: geen waarde. Het bestand bevat vertrouwelijke gegevens: ga ermee om als met school.yml."})
final class InvulsheetCommand implements Callable<Integer> {

    @Mixin
    DutchHelp help = new DutchHelp();

    @ParentCommand
    Vplan parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--out", paramLabel = "BESTAND", description = "Schrijf de invulsheet (.xlsx) naar dit bestand.")
    Path out;

    @Option(names = "--lees", paramLabel = "BESTAND", description = "Lees een ingevulde invulsheet (.xlsx) terug in school.yml.")
    Path lees;

    @Override
    public Integer call() throws IOException {
        PrintStream err = parent.runner.err();
        if ((out == null) == (lees == null)) {
            return usage("kies --out BESTAND (invulsheet maken) of --lees BESTAND (invulsheet inlezen)");
        }
        if (lees != null && !common.schools.isEmpty()) {
            return usage("--school hoort bij --out; --lees leest de kolommen van alle scholen in het bestand");
        }
        if (lees != null && !Files.isRegularFile(lees)) {
            err.println("fout: het bestand " + lees + " bestaat niet");
            return Pipeline.USAGE;
        }
        if (out != null && (Files.isDirectory(out) || out.toAbsolutePath().getParent() == null
                || !Files.isDirectory(out.toAbsolutePath().getParent()))) {
            err.println("fout: kan niet schrijven naar " + out + ": " + (Files.isDirectory(out) ? "dat is een map" : "de map bestaat niet"));
            return Pipeline.USAGE;
        }
        ContentLoader.Result loaded = ContentLoader.load(common.content());
        List<Problem> errors = loaded.problems().stream().filter(Problem::isError).toList();
        if (loaded.content().isEmpty() || !errors.isEmpty()) {
            errors.forEach(p -> err.println(p.format()));
            err.println("fout: de inhoud heeft fouten; los die eerst op (vplan check)");
            return Pipeline.CONTENT_ERRORS;
        }
        return out != null ? write(loaded.content().get()) : read(loaded.content().get());
    }

    private int write(Content content) throws IOException {
        Optional<List<School>> schools = select(content);
        if (schools.isEmpty()) {
            return Pipeline.USAGE;
        }
        FillInSheet.Written written = new FillInSheet(content.framework()).write(schools.get(), out);
        parent.runner.out().printf("Invulsheet %s geschreven: %d velden, %d keuzes en %d %s voor %d %s; %d %s nog open (geel).%n",
                out, written.fields(), written.choices(), written.parts(), written.parts() == 1 ? "optioneel onderdeel" : "optionele onderdelen",
                written.schools(), written.schools() == 1 ? "school" : "scholen", written.open(), written.open() == 1 ? "cel staat" : "cellen staan");
        return Pipeline.OK;
    }

    private int read(Content content) throws IOException {
        PrintStream stdout = parent.runner.out();
        SheetImport.Result result;
        try {
            result = new SheetImport(content).run(lees);
        } catch (SheetImport.NotAWorkbook e) {
            parent.runner.err().println(lees + ": fout: " + e.getMessage() + "; er is niets gewijzigd.");
            return Pipeline.CONTENT_ERRORS;
        }
        if (result.failed()) {
            result.problems().forEach(p -> parent.runner.err().println(p.format(lees.toString())));
            int n = result.problems().size();
            parent.runner.err().println(n + (n == 1 ? " fout" : " fouten") + " in " + lees + "; er is niets gewijzigd.");
            return Pipeline.CONTENT_ERRORS;
        }
        int changed = 0;
        for (Map.Entry<String, List<String>> school : result.changes().entrySet()) {
            if (school.getValue().isEmpty()) {
                stdout.println(school.getKey() + ": niets gewijzigd");
            } else {
                changed++;
                stdout.println(school.getKey() + ": " + school.getValue().size() + (school.getValue().size() == 1 ? " wijziging" : " wijzigingen"));
                school.getValue().forEach(c -> stdout.println("  " + c));
            }
        }
        result.warnings().forEach(parent.runner.err()::println);
        stdout.println("Invulsheet " + lees + " ingelezen: " + changed + " van " + result.changes().size()
                + (result.changes().size() == 1 ? " school" : " scholen") + " bijgewerkt. Een lege cel betekent: geen waarde"
                + " (een waarde die de school had, is gewist).");
        return Pipeline.OK;
    }

    private Optional<List<School>> select(Content content) {
        if (common.schools.isEmpty()) {
            return Optional.of(content.schools());
        }
        Map<String, School> byId = new LinkedHashMap<>();
        content.schools().forEach(s -> byId.put(s.id(), s));
        List<School> selected = new ArrayList<>();
        for (String id : common.schools) {
            School school = byId.get(id);
            if (school == null) {
                parent.runner.err().println("fout: onbekende school '" + id + "'; bekend zijn: " + String.join(", ", byId.keySet())
                        + Ids.suggestion(id, byId.keySet()));
                return Optional.empty();
            }
            if (!selected.contains(school)) {
                selected.add(school);
            }
        }
        return Optional.of(selected);
    }

    private int usage(String message) {
        parent.runner.err().println("fout: " + message);
        spec.commandLine().usage(parent.runner.err());
        return Pipeline.USAGE;
    }
}
