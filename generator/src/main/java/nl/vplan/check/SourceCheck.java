package nl.vplan.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.vplan.load.AsciidocSource;
import nl.vplan.load.SourceLine;
import nl.vplan.model.Audiences;
import nl.vplan.model.Content;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.Ids;
import nl.vplan.model.Klasse;
import nl.vplan.model.Part;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.model.SourceRef;

/**
 * Checks the AsciiDoc sources line by line as {@link AsciidocSource} reads them (comments and
 * verbatim blocks skipped, both branches of every condition), without converting them: every
 * {@code invul:} names a known field (or the built-in {@code school.naam}), every {@code taken::}
 * and {@code formulier::} a known list or form, every {@code ifdef::keuze-…}/{@code onderdeel-…} a
 * known option or part, every include stays inside the content folder and exists, every school
 * addition fits a slot, and no {@code [ klasse=…]} is lost to a space Asciidoctor does not accept.
 */
public final class SourceCheck {

    private final Framework framework;
    private final AsciidocSource source;
    private final Set<String> knownAttributes;
    private final List<Problem> problems = new ArrayList<>();
    /** The audiences a {@code [doelgroep=…]} may name in the files being scanned, and whose they are. */
    private List<String> audiences = List.of();
    private String audienceOwner = "";

    private SourceCheck(Framework framework) {
        this.framework = framework;
        this.source = AsciidocSource.everyLine(framework.contentRoot());
        this.knownAttributes = AttributeNames.all(framework);
    }

    /** All problems in the framework's parts and in the schools' additions, in file order. */
    public static List<Problem> check(Content content) {
        SourceCheck check = new SourceCheck(content.framework());
        for (var document : content.framework().documents()) {
            check.audiences = document.doelgroepen();
            check.audienceOwner = "document '" + document.id() + "'";
            for (Part part : document.parts()) {
                if (part instanceof Part.FilePart file) {
                    check.scan(file.file(), false);
                }
            }
        }
        check.audiences = content.framework().documents().stream().flatMap(d -> d.doelgroepen().stream()).distinct().toList();
        check.audienceOwner = "geen document";
        for (School school : content.schools()) {
            check.additions(school);
        }
        return List.copyOf(check.problems);
    }

    private void additions(School school) {
        Path dir = school.dir().resolve("aanvullingen");
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<String> slots = new LinkedHashSet<>();
        framework.documents().forEach(d -> d.parts().stream()
                .filter(p -> p instanceof Part.SlotPart).forEach(p -> slots.add(p.id())));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
                String name = file.getFileName().toString();
                String slot = name.substring(0, name.length() - ".adoc".length());
                if (!slots.contains(slot)) {
                    problems.add(Problem.warning(SourceRef.of(file), "aanvulling '" + name
                            + "' hoort bij geen schoolonderdeel van het kader en wordt niet getoond"
                            + Ids.suggestion(slot, slots)));
                }
                scan(file, true);
            }
        } catch (IOException e) {
            problems.add(Problem.error(SourceRef.of(dir), "kan de map niet lezen: " + e.getMessage()));
        }
    }

    /** @param schoolText a school's own text, which may not carry HTML ({@link SchoolTextRules}) */
    private void scan(Path file, boolean schoolText) {
        Optional<List<SourceLine>> lines = source.read(file, problems);
        if (lines.isEmpty()) {
            return;
        }
        new SourceLimits(framework.contentRoot(), problems).check(lines.get());
        if (schoolText) {
            SchoolTextRules.check(lines.get(), problems);
        }
        if (lines.get().stream().filter(l -> l.file().equals(file)).allMatch(l -> l.text().isBlank())) {
            problems.add(Problem.error(SourceRef.of(file), "het bestand is leeg; een onderdeel begint met zijn titel, bijvoorbeeld '= Toezicht'"));
            return;
        }
        if (!schoolText) {
            // a framework part has its own title; a school's addition takes the slot's
            title(file, lines.get());
        }
        AudienceNesting nesting = new AudienceNesting();
        for (SourceLine line : lines.get()) {
            if (line.kind() == SourceLine.Kind.DIRECTIVE) {
                conditions(line);
            } else if (line.isText()) {
                fillIns(line);
                blocks(line);
                classes(line);
                nesting.line(line, audiences(line), problems);
            }
        }
    }

    /**
     * A framework part starts with its document title ({@code = Titel}): without it Asciidoctor
     * takes no title and the part's first section title would stand as the chapter's.
     */
    private void title(Path file, List<SourceLine> lines) {
        Optional<SourceLine> first = lines.stream()
                .filter(l -> l.file().equals(file) && l.kind() == SourceLine.Kind.TEXT && !l.text().isBlank())
                .filter(l -> !l.text().matches(":[^:]+:.*")) // attribute entries may come first
                .findFirst();
        if (first.isPresent() && !first.get().text().startsWith("= ")) {
            String text = first.get().text().strip();
            problems.add(Problem.warning(first.get().where(0), "het onderdeel begint niet met zijn titel ('= Titel' op de eerste regel)"
                    + (text.startsWith("==") ? "; nu wordt de sectietitel '" + text.replaceFirst("^=+\\s*", "")
                            + "' de titel van het hoofdstuk" : "")));
        }
    }

    private void fillIns(SourceLine line) {
        for (SourceLine.Token id : line.fillIns()) {
            if (!framework.fields().containsKey(id.value()) && !Field.builtIn(id.value())) {
                problems.add(Problem.error(line.where().column(id.column() - "invul:".length()), "onbekend veld '" + id.value() + "' in invul:"
                        + id.value() + "[] (niet in velden.yml)" + Ids.suggestion(id.value(), framework.fields().keySet())));
            }
        }
    }

    private void classes(SourceLine line) {
        if (line.isSpacedAttributeLine()) {
            problems.add(Problem.error(line.where(0), "spatie na '[': Asciidoctor leest '" + line.text()
                    + "' als gewone tekst, zodat klasse of doelgroep niet geldt; schrijf '[" + line.text().substring(1).strip() + "'"));
        }
        line.klasse().filter(k -> Klasse.parse(k.value()).isEmpty()).ifPresent(k -> problems.add(Problem.error(line.where().column(k.column()),
                "onbekende klasse '" + k.value() + "'; kies uit openbaar, intern, vertrouwelijk"
                        + Ids.suggestion(k.value(), List.of("openbaar", "intern", "vertrouwelijk")))));
    }

    /** The audiences a {@code [doelgroep=…]} line names (each checked against the document's), or none. */
    private List<String> audiences(SourceLine line) {
        Optional<SourceLine.Token> value = line.doelgroep();
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> named = Audiences.parse(value.get().value());
        for (String audience : named) {
            if (!audiences.contains(audience)) {
                int column = value.get().column() + value.get().value().indexOf(audience);
                problems.add(Problem.error(line.where().column(column), "onbekende doelgroep '" + audience + "'; "
                        + (audiences.isEmpty() ? audienceOwner + " noemt geen doelgroepen in kader.yml"
                                : "kies uit " + String.join(", ", audiences) + Ids.suggestion(audience, audiences))));
            }
        }
        return named;
    }

    private void blocks(SourceLine line) {
        for (String macro : List.of("taken", "formulier")) {
            line.blockMacro(macro).ifPresent(id -> {
                boolean tasks = macro.equals("taken");
                Set<String> known = tasks ? framework.tasks().keySet() : framework.forms().keySet();
                if (!known.contains(id.value())) {
                    problems.add(Problem.error(line.where().column(id.column()), (tasks ? "onbekende takenlijst '" + id.value() + "': er is geen taken/"
                            : "onbekend formulier '" + id.value() + "': er is geen formulieren/") + id.value() + ".yml" + Ids.suggestion(id.value(), known)));
                }
            });
        }
    }

    private void conditions(SourceLine line) {
        SourceLine.Directive directive = line.directive();
        if (!directive.name().equals("ifdef") && !directive.name().equals("ifndef")) {
            return;
        }
        for (SourceLine.Token name : directive.attributes()) {
            String attribute = name.value();
            boolean ours = attribute.startsWith("keuze-") || attribute.startsWith("onderdeel-");
            if (ours && !knownAttributes.contains(attribute)) {
                problems.add(Problem.error(line.where().column(name.column()), "onbekende keuze of onderdeel '" + attribute + "' in "
                        + directive.name() + "::" + Ids.suggestion(attribute, knownAttributes)));
            }
        }
    }
}
