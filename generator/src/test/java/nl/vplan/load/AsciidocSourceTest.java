package nl.vplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vplan.load.SourceLine.Kind;
import nl.vplan.load.SourceLine.Token;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared AsciiDoc reader on small sources, without Asciidoctor: what each line is and where. */
class AsciidocSourceTest {

    @TempDir
    Path temp;

    Path root;
    final List<Problem> problems = new ArrayList<>();

    @BeforeEach
    void contentFolder() throws IOException {
        root = Files.createDirectories(temp.resolve("inhoud"));
    }

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<SourceLine> every(String text) throws IOException {
        return AsciidocSource.everyLine(root).read(write("deel.adoc", text), problems).orElseThrow();
    }

    private List<SourceLine> evaluated(String text, Map<String, String> attributes) throws IOException {
        return AsciidocSource.evaluating(root, attributes).read(write("deel.adoc", text), problems).orElseThrow();
    }

    private static List<String> texts(List<SourceLine> lines, Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(SourceLine::text).toList();
    }

    @Test
    void lineCommentsAndCommentBlocksAreCommentsAndHideTheirDirectives() throws IOException {
        List<SourceLine> lines = every("""
                // invul:a[]
                ////
                ifdef::x[]
                include::weg.adoc[]
                ////
                /// drie streepjes zijn tekst
                na
                """);
        assertThat(texts(lines, Kind.COMMENT)).containsExactly("// invul:a[]", "////", "ifdef::x[]", "include::weg.adoc[]", "////");
        assertThat(texts(lines, Kind.TEXT)).containsExactly("/// drie streepjes zijn tekst", "na");
        assertThat(lines.get(0).fillIns()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void verbatimBlocksOfAnyLengthHideMacrosButNotDirectives() throws IOException {
        List<SourceLine> lines = evaluated("""
                ------
                invul:a[]
                ----
                ifdef::nooit[]
                verborgen
                endif::[]
                ------
                ++++
                invul:b[]
                ++++
                ```yaml
                invul:c[]
                ```
                ....
                [klasse=intern]
                ....
                invul:d[]
                """, Map.of());
        assertThat(texts(lines, Kind.VERBATIM)).containsExactly("invul:a[]", "----", "invul:b[]", "invul:c[]", "[klasse=intern]");
        assertThat(lines.stream().flatMap(l -> l.fillIns().stream()).map(Token::value)).containsExactly("d");
        assertThat(lines).noneMatch(l -> l.klasse().isPresent());
    }

    /** As Asciidoctor: an indented line that starts a block is a literal paragraph up to the blank line. */
    @Test
    void indentedLinesStartingABlockAreALiteralParagraph() throws IOException {
        List<SourceLine> lines = every("""
                = Titel
                  letterlijk invul:a[]
                nog letterlijk

                * punt
                  vervolg van het punt invul:b[]

                .Bloktitel
                  weer letterlijk
                ====
                  ook letterlijk
                ====
                  tot het attribuut
                [.rol]
                tekst
                """);
        assertThat(texts(lines, Kind.VERBATIM))
                .containsExactly("  letterlijk invul:a[]", "nog letterlijk", "  weer letterlijk", "  ook letterlijk", "  tot het attribuut");
        assertThat(lines.stream().flatMap(l -> l.fillIns().stream()).map(Token::value)).containsExactly("b");
    }

    @Test
    void nestedConditionsFollowTheAttributes() throws IOException {
        String text = """
                ifdef::keuze-a[]
                a
                ifndef::keuze-b[]
                a zonder b
                endif::[]
                ifdef::keuze-b,keuze-c[]
                b of c
                endif::[]
                ifdef::keuze-b+keuze-c[]
                b en c
                endif::[]
                endif::keuze-a[]
                altijd
                """;
        assertThat(texts(evaluated(text, Map.of("keuze-a", "")), Kind.TEXT)).containsExactly("a", "a zonder b", "altijd");
        assertThat(texts(evaluated(text, Map.of("keuze-a", "", "keuze-c", "")), Kind.TEXT))
                .containsExactly("a", "a zonder b", "b of c", "altijd");
        assertThat(texts(evaluated(text, Map.of("keuze-a", "", "keuze-b", "", "keuze-c", "")), Kind.TEXT))
                .containsExactly("a", "b of c", "b en c", "altijd");
        assertThat(texts(evaluated(text, Map.of("keuze-b", "")), Kind.TEXT)).containsExactly("altijd");
    }

    @Test
    void ifevalComparesAttributeValues() throws IOException {
        String text = """
                ifeval::[{keuze-opslag} == "teams"]
                teams
                endif::[]
                ifeval::["{keuze-opslag}" != 'teams']
                geen teams
                endif::[]
                ifeval::[{jaar} > 2020]
                onbekend, dus getoond
                endif::[]
                """;
        assertThat(texts(evaluated(text, Map.of("keuze-opslag", "teams")), Kind.TEXT)).containsExactly("teams", "onbekend, dus getoond");
        assertThat(texts(evaluated(text, Map.of()), Kind.TEXT)).containsExactly("geen teams", "onbekend, dus getoond");
    }

    @Test
    void singleLineIfdefGivesItsTextWithItsColumn() throws IOException {
        String text = "ifdef::keuze-a[Bel invul:bhv.telefoon[].]\nifndef::keuze-a[Zonder a.]\n";
        List<SourceLine> on = evaluated(text, Map.of("keuze-a", ""));
        assertThat(texts(on, Kind.TEXT)).containsExactly("Bel invul:bhv.telefoon[].");
        assertThat(on.get(0).number()).isEqualTo(1);
        assertThat(on.get(0).fillIns()).containsExactly(new Token("bhv.telefoon", 26));

        List<SourceLine> every = every(text);
        assertThat(every).extracting(SourceLine::kind).containsExactly(Kind.DIRECTIVE, Kind.TEXT, Kind.DIRECTIVE, Kind.TEXT);
        assertThat(every.get(0).directive().attributes()).containsExactly(new Token("keuze-a", 8));
        assertThat(every.get(2).directive().attributes()).containsExactly(new Token("keuze-a", 9));
    }

    @Test
    void everyLineShowsBothBranchesAndTheNamesWithTheirColumns() throws IOException {
        List<SourceLine> lines = every("""
                ifndef::keuze-a,onderdeel-b[]
                een
                endif::[]
                ifeval::[{keuze-c} == "x"]
                twee
                endif::[]
                """);
        assertThat(texts(lines, Kind.TEXT)).containsExactly("een", "twee");
        SourceLine.Directive ifndef = lines.get(0).directive();
        assertThat(ifndef.name()).isEqualTo("ifndef");
        assertThat(ifndef.all()).isFalse();
        assertThat(ifndef.attributes()).containsExactly(new Token("keuze-a", 9), new Token("onderdeel-b", 17));
        assertThat(lines.get(3).directive().attributes()).containsExactly(new Token("keuze-c", 11));
    }

    /** Asciidoctor reads a directive only from the first column; an indented one is text (a literal paragraph). */
    @Test
    void indentedDirectivesAreText() throws IOException {
        write("erbij.adoc", "erbij\n");
        String text = "tekst\n  ifdef::nooit[]\nzichtbaar\n  endif::[]\n  include::erbij.adoc[]\n";
        assertThat(texts(evaluated(text, Map.of()), Kind.TEXT))
                .containsExactly("tekst", "  ifdef::nooit[]", "zichtbaar", "  endif::[]", "  include::erbij.adoc[]");
        assertThat(every(text)).noneMatch(l -> l.kind() == Kind.DIRECTIVE);
    }

    @Test
    void trailingWhitespaceIsRemovedAsAsciidoctorDoes() throws IOException {
        assertThat(texts(evaluated("ifdef::nooit[]  \nweg\nendif::[] \t\nhier  \n", Map.of()), Kind.TEXT)).containsExactly("hier");
    }

    @Test
    void includesAreReadInPlaceWithTheirOwnFileAndLines() throws IOException {
        Path part = write("hoofdstukken/deel.adoc", "voor\ninclude::gedeeld/stuk.adoc[]\nna\n");
        Path piece = write("hoofdstukken/gedeeld/stuk.adoc", "= Stuk\ninvul:a[]\n");
        List<SourceLine> lines = AsciidocSource.evaluating(root, Map.of()).read(part, problems).orElseThrow();
        assertThat(lines).extracting(SourceLine::text).containsExactly("voor", "= Stuk", "invul:a[]", "na");
        assertThat(lines.get(2).where()).isEqualTo(new SourceRef(piece, 2));
        assertThat(lines.get(3).number()).isEqualTo(3);
        assertThat(problems).isEmpty();
    }

    @Test
    void includeOutsideTheContentFolderOrMissingIsReportedAndNotRead() throws IOException {
        Files.writeString(temp.resolve("geheim.adoc"), "invul:geheim[]\n");
        Path part = write("deel.adoc", "include::../geheim.adoc[]\ninclude::/etc/passwd[]\ninclude::weg.adoc[]\n");
        List<SourceLine> lines = AsciidocSource.everyLine(root).read(part, problems).orElseThrow();
        assertThat(lines).allMatch(l -> l.kind() == Kind.DIRECTIVE);
        assertThat(problems).extracting(Problem::format).containsExactly(
                part + ":1:1: fout: include '../geheim.adoc' wijst buiten de inhoudsmap en wordt geweigerd",
                part + ":2:1: fout: include '/etc/passwd' wijst buiten de inhoudsmap en wordt geweigerd",
                part + ":3:1: fout: include 'weg.adoc': bestand bestaat niet");
    }

    @Test
    void includeCyclesStopWithAProblem() throws IOException {
        Path a = write("a.adoc", "a\ninclude::b.adoc[]\n");
        Path b = write("b.adoc", "b\ninclude::a.adoc[]\n");
        List<SourceLine> lines = AsciidocSource.evaluating(root, Map.of()).read(a, problems).orElseThrow();
        assertThat(lines).extracting(SourceLine::text).containsExactly("a", "b");
        assertThat(problems).extracting(Problem::format)
                .containsExactly(b + ":2:1: fout: include 'a.adoc' neemt zichzelf (via via) weer op");
    }

    @Test
    void everyLineReadsAFileOnceButAConversionReadsItEachTime() throws IOException {
        write("stuk.adoc", "stuk\n");
        Path part = write("deel.adoc", "include::stuk.adoc[]\ninclude::stuk.adoc[]\n");
        assertThat(texts(AsciidocSource.everyLine(root).read(part, problems).orElseThrow(), Kind.TEXT)).containsExactly("stuk");
        assertThat(texts(AsciidocSource.evaluating(root, Map.of()).read(part, problems).orElseThrow(), Kind.TEXT))
                .containsExactly("stuk", "stuk");
        AsciidocSource once = AsciidocSource.everyLine(root);
        assertThat(once.read(part, problems)).isPresent();
        assertThat(once.read(part, problems)).isEmpty();
    }

    @Test
    void includePathsWithAttributesAreResolvedOnlyWhenEvaluating() throws IOException {
        write("teams.adoc", "over teams\n");
        String text = "include::{keuze-opslag}.adoc[]\n";
        assertThat(texts(evaluated(text, Map.of("keuze-opslag", "teams")), Kind.TEXT)).containsExactly("over teams");
        List<SourceLine> every = every(text);
        assertThat(every).hasSize(1);
        assertThat(every.get(0).directive().attributes()).extracting(Token::value).containsExactly("keuze-opslag");
        assertThat(problems).isEmpty();
    }

    @Test
    void blockAttributeLinesAsAsciidoctorAcceptsThem() throws IOException {
        List<SourceLine> lines = every("""
                [klasse=intern]
                [.protocolkaart,klasse="vertrouwelijk"]
                [ klasse=vertrouwelijk]
                [doelgroep="medewerkers, ouders"]
                [doelgroep=leerlingen,klasse=intern]
                [.rol]
                [[anker]]
                """);
        assertThat(lines).extracting(l -> l.klasse().map(Token::value).orElse("-"))
                .containsExactly("intern", "vertrouwelijk", "-", "-", "intern", "-", "-");
        assertThat(lines.get(1).klasse()).contains(new Token("vertrouwelijk", 25));
        assertThat(lines).extracting(l -> l.doelgroep().map(Token::value).orElse("-"))
                .containsExactly("-", "-", "-", "medewerkers, ouders", "leerlingen", "-", "-");
        assertThat(lines).extracting(SourceLine::isAttributeLine).containsExactly(true, true, false, true, true, true, false);
        assertThat(lines).extracting(SourceLine::isSpacedAttributeLine).containsExactly(false, false, true, false, false, false, false);
    }

    @Test
    void fillInIdsAreWhateverTheMacroWouldGet() throws IOException {
        List<SourceLine> lines = every("Bel invul:bhv.telefoon[] of invul:Arbo_Naam[] en invul:[].\n");
        assertThat(lines.get(0).fillIns()).containsExactly(new Token("bhv.telefoon", 11), new Token("Arbo_Naam", 35), new Token("", 56));
    }

    @Test
    void blockMacrosStandAloneFromTheFirstColumn() throws IOException {
        List<SourceLine> lines = every("taken::jaar[]\nformulier::melding[titel=x]\n  taken::jaar[]\ntaken::jaar[] en meer\ntaken:: jaar[]\n");
        assertThat(lines.get(0).blockMacro("taken")).contains(new Token("jaar", 8));
        assertThat(lines.get(0).blockMacro("formulier")).isEmpty();
        assertThat(lines.get(1).blockMacro("formulier")).contains(new Token("melding", 12));
        assertThat(lines.subList(2, 5)).allMatch(l -> l.blockMacro("taken").isEmpty());
    }
}
