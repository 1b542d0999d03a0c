package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a board writes in 'versies' is text on the page, never markup. */
class VersionHistoryEscapingTest {

    @TempDir
    Path temp;

    @Test
    void changesAreEscaped() throws Exception {
        Path content = Cli.copyOfExample(temp);
        Path kader = content.resolve("kader.yml");
        String changes = "Meldcode <script>alert(1)</script> & \"afwegingskader\" <b>vet</b>";
        String text = Files.readString(kader);
        String first = "wijzigingen: \"Meldcode aangevuld met het afwegingskader en de vijf stappen; "
                + "jaarlijkse ontruimingsoefening met evaluatie in de jaarplanning.\"";
        assertThat(text).contains(first);
        Files.writeString(kader, text.replace(first, "wijzigingen: '" + changes + "'"));
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", temp.resolve("site").toString(),
                "--school", "de-regenboog", "--no-pdf");
        assertThat(result.exit()).as(result.err()).isZero();
        Document start = Site.html(temp.resolve("site/de-regenboog/veiligheidsplan/index.html"));
        assertThat(start.select("table.versiebeheer tbody tr").get(0).select("td").get(2).text()).isEqualTo(changes);
        assertThat(start.select("table.versiebeheer script, table.versiebeheer b")).isEmpty();
    }
}
