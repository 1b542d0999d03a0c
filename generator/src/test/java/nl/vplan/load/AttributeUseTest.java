package nl.vplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which school attributes a part's conversion depends on, read without Asciidoctor. */
class AttributeUseTest {

    @TempDir
    Path root;

    /** Every school attribute, as the resolve stage sets them, plus the edition. */
    static final Map<String, String> ALL = Map.of(
            "keuze-opslag", "teams", "keuze-opslag-teams", "", "keuze-melden", "app", "keuze-melden-app", "",
            "onderdeel-bhv", "", "onderdeel-rie", "", "vplan-editie", "intern");

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Map<String, String> relevant(Path file) {
        return new AttributeUse().relevant(file, root, ALL);
    }

    @Test
    void keepsTheAttributesOfConditionsReferencesAndIncludesAndAlwaysTheOthers() throws IOException {
        write("stuk.adoc", "ifndef::onderdeel-bhv[]\nGeen BHV.\nendif::[]\n");
        Path part = write("deel.adoc", """
                = Deel
                ifdef::keuze-opslag-teams,keuze-melden-app[]
                Teams of app.
                endif::[]
                ifeval::["{keuze-opslag}" == "schijf"]
                Schijf.
                endif::[]
                include::stuk.adoc[]
                """);
        assertThat(relevant(part)).containsOnlyKeys("keuze-opslag-teams", "keuze-melden-app", "keuze-opslag", "onderdeel-bhv", "vplan-editie");
    }

    @Test
    void referencesInVerbatimBlocksCountButCommentsAndIndentedDirectivesDoNot() throws IOException {
        Path part = write("deel.adoc", """
                // ifdef::keuze-melden-app[] in een commentaar
                ////
                {onderdeel-rie}
                ////
                [subs="attributes+"]
                ----
                {keuze-melden}
                ----
                  ifdef::onderdeel-bhv[]
                """);
        assertThat(relevant(part)).containsOnlyKeys("keuze-melden", "vplan-editie");
    }

    @Test
    void anIncludeThatDependsOnAttributesOrCannotBeReadSharesNothing() throws IOException {
        assertThat(relevant(write("a.adoc", "include::{keuze-opslag}.adoc[]\n"))).isEqualTo(ALL);
        assertThat(relevant(write("b.adoc", "include::weg.adoc[]\n"))).isEqualTo(ALL);
        assertThat(relevant(root.resolve("bestaat-niet.adoc"))).isEqualTo(ALL);
    }

    @Test
    void aPartWithoutConditionsKeepsOnlyTheEdition() throws IOException {
        assertThat(relevant(write("deel.adoc", "= Deel\n\nGewone tekst met invul:directeur.naam[].\n"))).containsOnlyKeys("vplan-editie");
    }
}
