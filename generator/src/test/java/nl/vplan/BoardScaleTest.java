package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.convert.PlanConverter;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.pipeline.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes big boards fast stays correct: shared conversions, parallel schools, skipping unchanged schools. */
class BoardScaleTest {

    @TempDir
    Path temp;

    @Test
    void sharingConversionsBetweenSchoolsGivesByteIdenticalSites() {
        Content content = ContentLoader.load(Cli.EXAMPLE).content().orElseThrow();
        assertThat(content.schools()).hasSizeGreaterThanOrEqualTo(3);
        Stages renderer = new Stages(Cli::engine, SiteTemplates.embedded());
        for (Klasse edition : List.of(Klasse.INTERN, Klasse.OPENBAAR)) {
            PlanConverter sharing = new PlanConverter(Cli.engine());
            PlanConverter unshared = PlanConverter.unshared(Cli.engine());
            List<SchoolSite> shared = renderer.sites(Cli.EXAMPLE, edition, () -> sharing, school -> true).results();
            List<SchoolSite> separate = renderer.sites(Cli.EXAMPLE, edition, () -> unshared, school -> true).results();
            // the schools answer their choices differently, yet most parts depend on none of them
            assertThat(sharing.conversions()).as("conversions when shared").isLessThan(unshared.conversions() * 2 / 3);
            assertThat(shared).hasSameSizeAs(separate).isNotEmpty();
            for (int i = 0; i < shared.size(); i++) {
                Map<String, byte[]> a = shared.get(i).files();
                Map<String, byte[]> b = separate.get(i).files();
                assertThat(a.keySet()).isEqualTo(b.keySet());
                a.forEach((path, bytes) -> assertThat(bytes).as(edition + " " + path).isEqualTo(b.get(path)));
            }
        }
    }

    @Test
    void anUnchangedSchoolIsLeftAloneAndAChangeRebuildsWhatItTouches() throws Exception {
        Path content = Cli.copyOfExample(temp.resolve("inhoud"));
        Path out = temp.resolve("site");
        String[] build = {"build", "--content", content.toString(), "--out", out.toString(), "--no-pdf"};
        assertThat(Cli.run(build).exit()).isZero();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String school : List.of("de-regenboog", "het-kompas", "de-wilgen", "het-baken")) {
            Files.setLastModifiedTime(out.resolve(school + "/index.html"), old);
        }

        Cli.Result again = Cli.run(build);
        assertThat(again.out()).contains("0 scholen gebouwd", "4 ongewijzigd");
        assertThat(Files.getLastModifiedTime(out.resolve("het-kompas/index.html"))).isEqualTo(old);

        Site.replace(content.resolve("scholen/het-kompas/school.yml"), "naam: Basisschool Het Kompas", "naam: Basisschool Het Nieuwe Kompas");
        Cli.Result one = Cli.run(build);
        assertThat(one.out()).contains("1 school gebouwd", "3 ongewijzigd");
        assertThat(Site.html(out.resolve("het-kompas/index.html")).select("h1").text()).isEqualTo("Basisschool Het Nieuwe Kompas");
        assertThat(Files.getLastModifiedTime(out.resolve("de-wilgen/index.html"))).isEqualTo(old);
        assertThat(Site.html(out.resolve("index.html")).text()).contains("Basisschool Het Nieuwe Kompas", "De Regenboog");

        Site.append(content.resolve("hoofdstukken/toezicht.adoc"), "\nEen nieuwe zin voor alle scholen.\n");
        assertThat(Cli.run(build).out()).contains("4 scholen gebouwd");
        assertThat(Files.readString(out.resolve("de-wilgen/veiligheidsplan/toezicht.html"))).contains("Een nieuwe zin voor alle scholen.");

        assertThat(Cli.run(build).out()).contains("4 ongewijzigd");
        String[] force = {"build", "--content", content.toString(), "--out", out.toString(), "--no-pdf", "--force"};
        assertThat(Cli.run(force).out()).contains("4 scholen gebouwd");
    }
}
