package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's scripts and style: one copy at the top of the output that every school's pages use,
 * or with {@code --los} a copy in each school's folder, so that a folder copied alone (to a school's
 * own intranet) still has its style, menu, search and fill-in page.
 */
class SharedAssetsTest {

    private static final String SCHOOL = "de-regenboog";

    @TempDir
    Path temp;

    @Test
    void theSchoolsShareTheAssetsAtTheTopOfTheOutput() {
        Path site = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", site.toString(), "--no-pdf");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(site.resolve("_vplan/vplan.css")).isRegularFile();
        assertThat(site.resolve(SCHOOL + "/_vplan")).doesNotExist();
        List<String> missing = unresolvedAssets(site.resolve(SCHOOL));
        assertThat(missing).isEmpty();
        // the same pages, their school's folder copied alone, lose their style and scripts: hence --los
        Path alone = temp.resolve("alleen");
        Site.copy(site.resolve(SCHOOL), alone.resolve(SCHOOL));
        assertThat(unresolvedAssets(alone.resolve(SCHOOL))).isNotEmpty();
    }

    @Test
    void withLosASchoolsFolderCopiedAloneHasEverythingItsPagesLoad() throws Exception {
        Path site = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", site.toString(), "--no-pdf",
                "--los", "--school", SCHOOL);
        assertThat(result.exit()).as(result.err()).isZero();
        Path alone = temp.resolve("intranet").resolve(SCHOOL);
        Site.copy(site.resolve(SCHOOL), alone);
        assertThat(alone.resolve("_vplan/vplan.js")).isRegularFile();
        assertThat(unresolvedAssets(alone)).isEmpty();
        assertThat(Files.readString(alone.resolve("_vplan/zoeken.js"))).isEqualTo(Files.readString(site.resolve("_vplan/zoeken.js")));
        // a build without --los has other inputs: the school is built again, now sharing the top's copy
        Cli.Result shared = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", site.toString(), "--no-pdf", "--school", SCHOOL);
        assertThat(shared.exit()).as(shared.err()).isZero();
        assertThat(site.resolve(SCHOOL + "/_vplan")).doesNotExist();
        assertThat(unresolvedAssets(site.resolve(SCHOOL))).isEmpty();
    }

    /** The style sheets and scripts of every page under {@code school} whose file does not exist, as "page: reference". */
    private static List<String> unresolvedAssets(Path school) {
        List<String> missing = new ArrayList<>();
        for (Path page : Site.pages(school, 40)) {
            for (Element ref : Site.html(page).select("link[rel=stylesheet][href], script[src]")) {
                String target = ref.hasAttr("src") ? ref.attr("src") : ref.attr("href");
                if (!Files.isRegularFile(page.getParent().resolve(target).normalize())) {
                    missing.add(school.relativize(page) + ": " + target);
                }
            }
        }
        return missing;
    }
}
