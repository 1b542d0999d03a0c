package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vplan.check.FieldScan;
import nl.vplan.compose.Completeness;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.pipeline.Stages;
import nl.vplan.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vplan check} counts completeness from the sources, without Asciidoctor: it must count
 * exactly what the built site counts, for every school and edition, also on tricky AsciiDoc.
 */
class CheckWithoutAsciidoctorTest {

    @TempDir
    Path temp;

    /** Per field or slot id: filled or not. */
    private static Map<String, Boolean> statuses(Completeness c) {
        Map<String, Boolean> all = new TreeMap<>();
        c.fields().forEach(f -> all.put(f.field().id(), f.filled()));
        c.slots().forEach(s -> all.put("slot:" + s.id(), s.filled()));
        return all;
    }

    private static void sameAsTheBuild(Path contentRoot) {
        Content content = ContentLoader.load(contentRoot).content().orElseThrow();
        Stages renderer = new Stages(Cli::engine, SiteTemplates.embedded());
        for (Klasse edition : Klasse.values()) {
            List<SchoolSite> sites = renderer.sites(contentRoot, edition, renderer::newConverter, school -> true).results();
            assertThat(sites).hasSameSizeAs(content.schools());
            for (int i = 0; i < sites.size(); i++) {
                var plan = Resolver.resolve(content.framework(), content.schools().get(i), edition);
                Completeness scanned = Completeness.fromPlan(plan, FieldScan.fieldsShown(plan));
                assertThat(statuses(scanned)).as(content.schools().get(i).id() + " in " + edition)
                        .isNotEmpty().isEqualTo(statuses(sites.get(i).completeness()));
            }
        }
    }

    @Test
    void theExampleSchoolsInEveryEdition() {
        sameAsTheBuild(Cli.EXAMPLE);
    }

    @Test
    void conditionsClassesCommentsVerbatimBlocksIncludesAndTasks() {
        Path content = temp.resolve("inhoud");
        Site.write(content, "kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    onderdelen:
                      - hoofdstukken/een.adoc
                      - {school: eigen, titel: Eigen deel}
                keuzes:
                  opslag:
                    vraag: Waar?
                    opties: {teams: Teams, schijf: Schijf}
                    standaard: teams
                """);
        StringBuilder velden = new StringBuilder();
        for (String id : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n")) {
            velden.append("v.").append(id).append(": {label: Veld ").append(id).append(", klasse: ")
                    .append(id.compareTo("k") >= 0 ? "vertrouwelijk" : id.compareTo("h") >= 0 ? "intern" : "openbaar").append("}\n");
        }
        Site.write(content, "velden.yml", velden.toString());
        Site.write(content, "hoofdstukken/een.adoc", """
                = Een invul:v.a[]

                Gewoon invul:v.b[].

                ifdef::keuze-opslag-teams[]
                Teams: invul:v.c[].
                endif::[]
                ifndef::keuze-opslag-teams[Geen Teams: invul:v.d[].]
                ifeval::["{keuze-opslag}" == "schijf"]
                Schijf: invul:v.e[].
                endif::[]

                // invul:v.f[] staat in commentaar
                ////
                invul:v.f[] ook hier
                ////

                ----
                invul:v.g[] in een codeblok
                ----

                [klasse=intern]
                Interne alinea met invul:v.h[].

                [klasse=vertrouwelijk]
                ====
                Vertrouwelijk blok met invul:v.k[].

                En nog een alinea met invul:v.l[].
                ====

                [klasse=vertrouwelijk]
                == Vertrouwelijke sectie

                Met invul:v.m[].

                === Onderdeel daarvan

                Met invul:v.i[].

                == Weer open

                Met invul:v.j[] en invul:v.n[].

                include::deel.adoc[]

                taken::jaar[]
                """);
        Site.write(content, "hoofdstukken/deel.adoc", "Uit een include: invul:v.g[].\n");
        Site.write(content, "taken/jaar.yml", """
                taken:
                  - {id: oefenen, wat: Oefenen, wie: v.f, frequentie: jaarlijks, wanneer: oktober, grondslag: Beleid}
                """);
        Site.write(content, "scholen/teams/school.yml", "naam: Teams\nvelden: {v.b: x, v.m: y}\n");
        Site.write(content, "scholen/schijf/school.yml", "naam: Schijf\nkeuzes: {opslag: schijf}\nvelden: {v.e: z}\n");
        Site.write(content, "scholen/schijf/aanvullingen/eigen.adoc", "= Eigen\n\nEigen tekst met invul:v.a[].\n");
        sameAsTheBuild(content);
    }
}
