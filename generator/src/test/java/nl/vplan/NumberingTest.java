package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nummering: geen} in kader.yml: the document's chapters carry no number in their page title,
 * heading or navigation; its appendices are still "Bijlage N"; other documents are numbered as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumberingTest {

    private static final String SCHOOL = "de-regenboog";

    @TempDir
    static Path temp;

    Path plan;
    Path ict;

    @BeforeAll
    void buildWithoutNumbers() {
        Path content = Cli.copyOfExample(temp);
        Site.replace(content.resolve("kader.yml"), "    titel: Veiligheidsplan\n", "    titel: Veiligheidsplan\n    nummering: geen\n");
        Path out = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString(), "--school", SCHOOL, "--no-pdf");
        assertThat(result.exit()).as(result.err()).isZero();
        plan = out.resolve(SCHOOL).resolve("veiligheidsplan");
        ict = out.resolve(SCHOOL).resolve("gedragscode-ict");
    }

    @Test
    void chaptersHaveNoNumberInTitleHeadingOrNavigation() {
        Document chapter = Site.html(plan.resolve("coordinatie.html"));
        assertThat(chapter.selectFirst("h1").text()).doesNotMatch("^\\d+\\.? .*").isNotBlank();
        assertThat(chapter.title()).doesNotMatch("^\\d+\\.? .*");
        List<String> nav = chapter.select(".zijbalk .onderdelen a").eachText();
        assertThat(nav).hasSizeGreaterThanOrEqualTo(11);
        assertThat(nav).filteredOn(t -> !t.startsWith("Bijlage")).hasSizeGreaterThanOrEqualTo(9)
                .noneMatch(t -> t.matches("^\\d+\\.? .*"));
        List<String> index = Site.html(plan.resolve("index.html")).select("main a").eachText();
        assertThat(index).isNotEmpty().noneMatch(t -> t.matches("^\\d+\\.? .*"));
    }

    @Test
    void appendicesAreStillNumbered() {
        Document appendix = Site.html(plan.resolve("pestprotocol.html"));
        assertThat(appendix.selectFirst("h1").text()).startsWith("Bijlage 1");
        assertThat(appendix.select(".zijbalk .onderdelen a").eachText()).anyMatch(t -> t.startsWith("Bijlage 2"));
    }

    @Test
    void anotherDocumentKeepsItsNumbers() {
        Document chapter = Site.html(ict.resolve("ict-informatie.html"));
        assertThat(chapter.selectFirst("h1").text()).matches("^\\d+\\.? .*");
    }
}
