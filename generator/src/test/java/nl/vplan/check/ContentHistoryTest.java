package nl.vplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vplan.Cli;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Problem;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warning for a document whose text changed since its version was set, on real git
 * repositories made with JGit: the content folder at the root of its repository, and inside another.
 */
class ContentHistoryTest {

    private static final PersonIdent AUTHOR = new PersonIdent("Proef", "proef@example.org");

    @TempDir
    Path temp;

    private static List<String> warnings(Path content) {
        return RevisionRules.check(ContentLoader.load(content).content().orElseThrow().framework()).stream()
                .map(p -> (p.isError() ? "fout " : "") + p.where().line() + " " + p.message()).toList();
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aChangedChapterWithoutANewVersionIsReportedUntilTheVersionIsRaised() throws Exception {
        Path content = Cli.copyOfExample(temp);
        Path kader = content.resolve("kader.yml");
        try (Git git = Git.init().setDirectory(content.toFile()).setInitialBranch("main").call()) {
            commit(git, "Veiligheidsplan 3.1");
            assertThat(warnings(content)).isEmpty();

            Files.writeString(content.resolve("hoofdstukken/gebouw.adoc"), "\nEen nieuwe alinea over de ontruiming.\n",
                    java.nio.file.StandardOpenOption.APPEND);
            edit(kader, "evaluatie: 2027-09-01", "evaluatie: 2027-10-01"); // kader.yml itself does not count
            commit(git, "Gebouw: ontruiming");
            assertThat(warnings(content)).containsExactly("8 de tekst van Veiligheidsplan is gewijzigd sinds versie 3.1"
                    + " (1 september 2026): hoofdstukken/gebouw.adoc; verhoog 'versie' en vul 'versies' aan");

            edit(content.resolve("bijlagen/meldcode.adoc"), "=", "= ");  // not committed yet: counts too
            assertThat(warnings(content)).singleElement().asString()
                    .contains("gewijzigd sinds versie 3.1 (1 september 2026): hoofdstukken/gebouw.adoc, bijlagen/meldcode.adoc;");

            edit(kader, "    versie: \"3.1\"\n", "    versie: \"3.2\"\n");
            edit(kader, "    versies:                        # versiebeheer, de nieuwste bovenaan (gelijk aan 'versie')\n",
                    "    versies:\n      - {versie: \"3.2\", datum: 2026-12-01, wijzigingen: Ontruiming en meldcode bijgewerkt}\n");
            commit(git, "Veiligheidsplan 3.2");
            assertThat(warnings(content)).isEmpty();
        }
    }

    @Test
    void aVersionWithoutAnEntryInVersiesIsDatedByItsCommit() throws Exception {
        Path content = Cli.copyOfExample(temp);
        try (Git git = Git.init().setDirectory(content.toFile()).setInitialBranch("main").call()) {
            edit(content.resolve("kader.yml"), "    versie: \"1.0\"\n", "    versie: \"1.1\"\n");
            edit(content.resolve("kader.yml"), "      - {versie: \"1.0\"", "      - {versie: \"1.1\"");
            commit(git, "ICT 1.1");
            edit(content.resolve("kader.yml"), "      - {versie: \"1.1\", datum: 2026-09-01", "      - {versie: \"1.1\", datum: 2026-09-02");
            edit(content.resolve("ict/ict-slot.adoc"), "=", "= ");
            String commit = git.log().call().iterator().next().name().substring(0, 7);
            assertThat(warnings(content)).singleElement().asString()
                    .contains("de tekst van Gedragscode ICT en internet is gewijzigd sinds versie 1.1 (2 september 2026): ict/ict-slot.adoc");
            edit(content.resolve("kader.yml"), "      - {versie: \"1.1\", datum: 2026-09-02", "      - {versie: \"1.0\", datum: 2026-09-02");
            assertThat(warnings(content)).filteredOn(w -> w.contains("ict-slot"))
                    .singleElement().asString().contains("sinds versie 1.1 (commit " + commit + " van ");
        }
    }

    @Test
    void contentInsideAnotherRepositoryIsNotChecked() throws Exception {
        Path content = Cli.copyOfExample(temp);
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            commit(git, "Alles");
            edit(content.resolve("hoofdstukken/gebouw.adoc"), "=", "= ");
            commit(git, "Gebouw");
            assertThat(warnings(content)).isEmpty();
        }
    }

    @Test
    void aShallowHistoryIsNotChecked() throws Exception {
        Path content = Cli.copyOfExample(temp);
        try (Git git = Git.init().setDirectory(content.toFile()).setInitialBranch("main").call()) {
            commit(git, "Begin");
            edit(content.resolve("ict/ict-slot.adoc"), "=", "= ");
            assertThat(warnings(content)).hasSize(1);
            // what a clone with --depth leaves: the commits whose parents are missing
            Files.writeString(content.resolve(".git/shallow"), git.log().call().iterator().next().name() + "\n");
            assertThat(warnings(content)).isEmpty();
        }
    }

    @Test
    void noRepositoryNoWarning() {
        assertThat(warnings(Cli.copyOfExample(temp))).isEmpty();
    }

    @Test
    void theWarningIsAWarning() throws Exception {
        Path content = Cli.copyOfExample(temp);
        try (Git git = Git.init().setDirectory(content.toFile()).setInitialBranch("main").call()) {
            commit(git, "Begin");
            edit(content.resolve("ict/ict-slot.adoc"), "=", "= ");
            List<Problem> problems = RevisionRules.check(ContentLoader.load(content).content().orElseThrow().framework());
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.isError()).isFalse();
                assertThat(p.where().file().getFileName().toString()).isEqualTo("kader.yml");
            });
        }
    }
}
