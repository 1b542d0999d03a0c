package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --vergelijk}: the example in a git repository of its own, changed in a second commit
 * (a sentence that one school reads, a list item in a protocol, a new optional part, one school's
 * phone number, another school's choice); each school's redline shows exactly what its readers now
 * read differently, in the site and the PDF, and a school that reads the same is told so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareVersionsTest {

    @TempDir
    static Path temp;

    Path repo;
    Path earlierFolder;
    String first;
    Path site;

    static final String OLD_WORD = "gezamenlijke BHV-organisatie";
    static final String NEW_WORD = "gemeenschappelijke BHV-organisatie";
    static final String REMOVED_ITEM = "Sluit de deur van de BHV-kast af na gebruik.";
    static final String NEW_PART = "Hitte en droogte";

    @BeforeAll
    void twoVersionsInGit() throws Exception {
        repo = Cli.copyOfExample(temp.resolve("repo-map"));
        // the first version: a list in a protocol that only a school with a shared BHV organisation reads
        Site.append(repo.resolve("bijlagen/agressieprotocol.adoc"), "\n\nifdef::keuze-bhv-gedeeld[]\n== Na een incident in het gebouw\n\n"
                + "* Meld het incident ook bij de gebouwbeheerder.\n* " + REMOVED_ITEM + "\n* Bespreek het in het gebruikersoverleg.\n"
                + "endif::[]\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            first = commit(git, "eerste versie").getName();
            earlierFolder = temp.resolve("vorige-versie");
            Site.copy(repo, earlierFolder);
            Site.replace(repo.resolve("hoofdstukken/coordinatie.adoc"), OLD_WORD, NEW_WORD);
            Site.replace(repo.resolve("bijlagen/agressieprotocol.adoc"), "* " + REMOVED_ITEM + "\n", "");
            Site.write(repo, "hoofdstukken/hitte.adoc", "= " + NEW_PART + "\n\nBij hitte gaan de gordijnen dicht en drinkt iedereen water.\n");
            Site.replace(repo.resolve("kader.yml"), "      - {bestand: hoofdstukken/brede-school.adoc, optioneel: true}\n",
                    "      - {bestand: hoofdstukken/brede-school.adoc, optioneel: true}\n      - {bestand: hoofdstukken/hitte.adoc, optioneel: true}\n");
            Site.replace(repo.resolve("scholen/het-kompas/school.yml"), "uit: [brede-school]", "uit: [brede-school, hitte]");
            Site.replace(repo.resolve("scholen/de-regenboog/school.yml"), "directeur.telefoon: 012-5550101", "directeur.telefoon: 012-5550999");
            Site.replace(repo.resolve("scholen/de-wilgen/school.yml"), "velden: {}", "velden: {}\nkeuzes: {pauzetoezicht: overblijfkrachten}");
            git.add().addFilepattern(".").call();
            commit(git, "tweede versie");
        }
        site = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", repo.toString(), "--out", site.toString(), "--vergelijk", first);
        assertThat(result.exit()).as(result.err()).isZero();
    }

    private static RevCommit commit(Git git, String message) throws Exception {
        return git.commit().setMessage(message).setAuthor("Beleid", "beleid@bestuur.example").setCommitter("Beleid", "beleid@bestuur.example")
                .setSign(false).call();
    }

    private Document redline(Path out, String school) {
        return Site.html(out.resolve(school).resolve("veiligheidsplan/wijzigingen.html"));
    }

    @Test
    void theSchoolThatReadsTheChangedTextSeesItsWordsAndItsValue() {
        Document page = redline(site, "de-regenboog");
        assertThat(page.select("del").eachText()).anyMatch(t -> t.contains("gezamenlijke")).anyMatch(t -> t.contains(REMOVED_ITEM))
                .anyMatch(t -> t.contains("012-5550101"));
        assertThat(page.select("ins").eachText()).anyMatch(t -> t.contains("gemeenschappelijke")).anyMatch(t -> t.contains("012-5550999"))
                .noneMatch(t -> t.contains("gezamenlijke"));
        assertThat(page.select(".redline-overzicht li").eachText()).contains("Nieuw: 11. " + NEW_PART)
                .anyMatch(t -> t.startsWith("Gewijzigd: Bijlage") && t.contains("Agressieprotocol"));
        assertThat(page.select(".redline-waarden th[scope=row]").eachText()).containsExactly("Telefoonnummer directeur");
        assertThat(page.select("h2, h3").eachText()).as("the heading above the removed item is kept").contains("Na een incident in het gebouw");
        assertThat(Site.html(site.resolve("de-regenboog/index.html")).select(".wijzigingen-link").first().text())
                .startsWith("Gewijzigd sinds revisie " + first.substring(0, 7)).endsWith("onderdelen");
    }

    @Test
    void aChoiceChangesOnlyForItsSchool() {
        Document wilgen = redline(site, "de-wilgen");
        assertThat(wilgen.select(".redline-waarden th[scope=row]").eachText()).containsExactly("Wie houdt toezicht tijdens de pauzes?");
        assertThat(wilgen.select("ins").eachText()).anyMatch(t -> t.contains("overblijfkrachten"));
        assertThat(wilgen.text()).doesNotContain("gezamenlijke", "Telefoonnummer directeur", REMOVED_ITEM);
    }

    @Test
    void aSchoolThatReadsTheSameIsToldSo() {
        Document kompas = redline(site, "het-kompas");
        assertThat(kompas.select(".redline-geen").text()).contains("niets gewijzigd");
        assertThat(kompas.select(".redline-onderdeel, .redline-overzicht, .redline-waarden")).as("nothing marked").isEmpty();
        assertThat(Site.html(site.resolve("het-kompas/index.html")).select(".wijzigingen-link").eachText()).allMatch(t -> t.startsWith("Niets gewijzigd"));
    }

    @Test
    void theRedlineIsAlsoAPdfForTheMr() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-regenboog/veiligheidsplan-wijzigingen.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Wijzigingen in Veiligheidsplan", "Samenvatting", "gemeenschappelijke", "gezamenlijke",
                    REMOVED_ITEM, "012-5550999", "Nieuw: 11. " + NEW_PART);
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged like the handbook").isNotNull();
        }
    }

    @Test
    void aFolderWithTheEarlierContentComparesTheSame() {
        Path out = temp.resolve("site-map");
        Cli.Result result = Cli.run("build", "--content", repo.toString(), "--out", out.toString(), "--no-pdf", "--school", "de-regenboog",
                "--vergelijk", earlierFolder.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        Document page = redline(out, "de-regenboog");
        assertThat(page.select("del").eachText()).anyMatch(t -> t.contains("gezamenlijke")).anyMatch(t -> t.contains(REMOVED_ITEM));
        assertThat(page.select("h1").text()).contains("de versie in de map vorige-versie");
    }

    @Test
    void wrongEarlierVersionsAreUsageErrorsAndWriteNothing() throws Exception {
        Path out = temp.resolve("site-fout");
        Cli.Result unknown = Cli.run("build", "--content", repo.toString(), "--out", out.toString(), "--vergelijk", "versie-die-niet-bestaat");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("onbekende git-revisie 'versie-die-niet-bestaat'");
        Path notContent = Files.createDirectories(temp.resolve("geen-inhoud"));
        Cli.Result folder = Cli.run("build", "--content", repo.toString(), "--out", out.toString(), "--vergelijk", notContent.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("is geen inhoudsmap: kader.yml ontbreekt");
        Path withoutGit = Cli.copyOfExample(temp.resolve("zonder-git"));
        Cli.Result noGit = Cli.run("build", "--content", withoutGit.toString(), "--out", out.toString(), "--vergelijk", "HEAD~1");
        assertThat(noGit.exit()).isEqualTo(2);
        assertThat(noGit.err()).contains("staat niet in een git-repository");
        assertThat(out).doesNotExist();
    }

    @Test
    void thePublicRedlineHoldsNoInternalValueOldOrNew() throws Exception {
        Path out = temp.resolve("site-openbaar");
        Cli.Result result = Cli.run("build", "--content", repo.toString(), "--out", out.toString(), "--no-pdf", "--edition", "openbaar",
                "--vergelijk", first);
        assertThat(result.exit()).as(result.err()).isZero();
        List<String> hidden = classifiedValues(repo);
        hidden.addAll(classifiedValues(earlierFolder));
        assertThat(hidden).contains("012-5550101", "012-5550999");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(p -> p.getFileName().toString().equals("wijzigingen.html")).toList()) {
                String text = Files.readString(page);
                for (String value : hidden) {
                    assertThat(text).as(page + " holds " + value).doesNotContain(value);
                }
            }
        }
        assertThat(redline(out, "de-regenboog").select("del").eachText()).anyMatch(t -> t.contains("gezamenlijke"));
    }

    /** Every value of an intern or vertrouwelijk field in the content's schools. */
    private static List<String> classifiedValues(Path content) throws Exception {
        JsonNode fields = Site.yaml(content.resolve("velden.yml"));
        List<String> values = new ArrayList<>();
        try (Stream<Path> schools = Files.list(content.resolve("scholen"))) {
            for (Path school : schools.toList()) {
                Site.yaml(school.resolve("school.yml")).path("velden").fields().forEachRemaining(e -> {
                    String klasse = fields.path(e.getKey()).path("klasse").asText("intern");
                    if (!klasse.equals("openbaar") && e.getValue().asText().length() > 3) {
                        values.add(e.getValue().asText());
                    }
                });
            }
        }
        return values;
    }
}
