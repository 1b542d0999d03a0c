package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example board is complete: every appendix of the veiligheidsplan and the ICT code of conduct
 * for every school, in every edition; the complete school passes {@code --strict}; the code's
 * building blocks follow each school's choices; its audience pages hold only their audience's rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompleteContentTest {

    private static final String COMPLETE_SCHOOL = "de-regenboog";
    private static final List<String> EDITIONS = List.of("openbaar", "intern", "vertrouwelijk");
    private static final Pattern CHOICE_BLOCK = Pattern.compile("(?m)^ifdef::keuze-([a-z0-9-]+)\\[\\]\\n(.*?)^endif::\\[\\]", Pattern.DOTALL);

    @TempDir
    static Path temp;

    JsonNode kader;
    final Map<String, Path> sites = new HashMap<>();

    @BeforeAll
    void buildEveryEdition() {
        kader = Site.yaml(Cli.EXAMPLE.resolve("kader.yml"));
        for (String edition : EDITIONS) {
            Path out = temp.resolve(edition);
            Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", out.toString(), "--no-pdf", "--edition", edition);
            assertThat(result.exit()).as(edition + ": " + result.err()).isZero();
            assertThat(result.err()).as(edition).doesNotContain("fout:");
            sites.put(edition, out);
        }
    }

    @Test
    void theCompleteSchoolPassesStrictInEveryEditionWithItsHandbooks() throws IOException {
        for (String edition : EDITIONS) {
            Path out = temp.resolve("strikt-" + edition);
            List<String> args = new ArrayList<>(List.of("build", "--content", Cli.EXAMPLE.toString(), "--out", out.toString(),
                    "--strict", "--school", COMPLETE_SCHOOL, "--edition", edition));
            boolean pdf = edition.equals("intern");
            if (!pdf) {
                args.add("--no-pdf");
            }
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exit()).as(edition + ": " + result.err()).isZero();
            assertThat(result.err()).as(edition).doesNotContain("waarschuwing:").doesNotContain("open invulling");
        }
        Path school = temp.resolve("strikt-intern").resolve(COMPLETE_SCHOOL);
        for (JsonNode doc : kader.path("documenten")) {
            String id = doc.path("id").asText();
            assertThat(pdfText(school.resolve(id + ".pdf"))).contains(doc.path("titel").asText());
            for (JsonNode audience : doc.path("doelgroepen")) {
                assertThat(school.resolve(id + "-voor-" + audience.asText() + ".pdf")).as(audience.asText()).isRegularFile();
            }
        }
        String staff = pdfText(school.resolve("gedragscode-ict-voor-medewerkers.pdf"));
        assertThat(staff).contains("Verklaring van kennisneming", "Handtekening");
        assertThat(pdfText(school.resolve("gedragscode-ict-voor-leerlingen.pdf"))).doesNotContain("Verklaring van kennisneming");
    }

    @Test
    void everySchoolHasBothDocumentsInEveryEdition() {
        assertThat(kader.path("documenten").findValuesAsText("id")).contains("veiligheidsplan", "gedragscode-ict");
        for (String edition : EDITIONS) {
            for (String school : ExampleBuild.schools()) {
                Document start = Site.html(sites.get(edition).resolve(school).resolve("index.html"));
                for (JsonNode doc : kader.path("documenten")) {
                    String id = doc.path("id").asText();
                    assertThat(start.select("a[href=" + id + "/index.html]")).as(edition + " " + school + " " + id).isNotEmpty();
                    Document docStart = Site.html(sites.get(edition).resolve(school).resolve(id).resolve("index.html"));
                    assertThat(docStart.select("ol.inhoudsopgave a")).as(school + " " + id).hasSizeGreaterThanOrEqualTo(5);
                }
            }
        }
    }

    @Test
    void everySchoolHasEveryAppendixAndTheCompleteSchoolFillsEverySlot() {
        List<String> appendices = List.of("intentieverklaring", "gedragscode", "klachtenregeling", "privacy", "bewegingsonderwijs",
                "pestprotocol", "agressieprotocol", "opvang-personeel", "opvang-leerlingen", "rouwprotocol", "meldcode", "jaarplanning");
        List<String> slots = List.of("schoolregels", "gebruiksmelding", "ontruimingsplan", "rie", "arbo-jaarverslag");
        for (String edition : EDITIONS) {
            for (String school : ExampleBuild.schools()) {
                Path plan = sites.get(edition).resolve(school).resolve("veiligheidsplan");
                for (String appendix : appendices) {
                    Document page = Site.html(plan.resolve(appendix + ".html"));
                    assertThat(page.select("main h1").text()).as(edition + " " + school + " " + appendix).startsWith("Bijlage ");
                }
                for (String slot : slots) {
                    // the school's own building documents are internal: absent from the public edition
                    assertThat(Files.exists(plan.resolve(slot + ".html"))).as(edition + " " + school + " " + slot)
                            .isEqualTo(!edition.equals("openbaar") || slot.equals("schoolregels"));
                }
            }
        }
        Path complete = sites.get("intern").resolve(COMPLETE_SCHOOL).resolve("veiligheidsplan");
        for (String slot : slots) {
            Document page = Site.html(complete.resolve(slot + ".html"));
            assertThat(page.select(".schoolonderdeel-open")).as(slot).isEmpty();
            assertThat(page.select("main .tekst").text() + page.select(".schoolbijlage a").attr("href")).as(slot).isNotBlank();
        }
        assertThat(complete.resolve("bijlagen/ontruimingsplan.pdf")).as("a slot filled with an attached PDF").isRegularFile();
        Document openSchool = Site.html(sites.get("intern").resolve("de-wilgen/veiligheidsplan/rie.html"));
        assertThat(openSchool.select(".schoolonderdeel-open")).as("a slot the school has not filled").isNotEmpty();
    }

    @Test
    void theBuildingBlocksFollowEachSchoolsChoices() throws IOException {
        JsonNode choices = kader.path("keuzes");
        List<String> ictChoices = new ArrayList<>();
        choices.fieldNames().forEachRemaining(c -> {
            if (c.startsWith("ict-")) {
                ictChoices.add(c);
            }
        });
        assertThat(ictChoices).hasSizeGreaterThanOrEqualTo(6);
        for (String choice : ictChoices) {
            assertThat(ExampleBuild.schools().stream().map(s -> answer(s, choice)).distinct().count())
                    .as("the example schools answer " + choice + " differently").isGreaterThan(1);
        }
        int checked = 0;
        boolean perBullet = false;
        for (JsonNode part : documentParts("gedragscode-ict")) {
            Path source = Cli.EXAMPLE.resolve(part.asText());
            String page = source.getFileName().toString().replace(".adoc", ".html");
            Matcher block = CHOICE_BLOCK.matcher(Files.readString(source));
            while (block.find()) {
                String[] choiceAndOption = split(block.group(1), ictChoices);
                if (choiceAndOption == null) {
                    continue;
                }
                perBullet |= block.group(2).strip().startsWith("* ");
                Optional<String> phrase = phrase(block.group(2));
                if (phrase.isEmpty()) {
                    continue;
                }
                for (String school : ExampleBuild.schools()) {
                    String text = Site.html(sites.get("vertrouwelijk").resolve(school).resolve("gedragscode-ict").resolve(page))
                            .select("main").text().replace('’', '\'');
                    boolean chosen = answer(school, choiceAndOption[0]).equals(choiceAndOption[1]);
                    if (chosen) {
                        assertThat(text).as(school + " chose " + block.group(1)).contains(phrase.get());
                    } else {
                        assertThat(text).as(school + " did not choose " + block.group(1)).doesNotContain(phrase.get());
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6 * 3);
        assertThat(perBullet).as("a building block chosen per bullet").isTrue();
    }

    @Test
    void audiencePagesHoldOnlyTheirAudiencesRules() {
        for (JsonNode doc : kader.path("documenten")) {
            String docId = doc.path("id").asText();
            for (JsonNode audienceNode : doc.path("doelgroepen")) {
                String audience = audienceNode.asText();
                String role = "vplan-doelgroep-" + audience;
                for (String school : ExampleBuild.schools()) {
                    Path folder = sites.get("intern").resolve(school).resolve(docId);
                    Document page = Site.html(folder.resolve("voor-" + audience + ".html"));
                    String pageText = page.select("main").text();
                    assertThat(page.select("main .vplan-doelgroep")).as(school + " " + audience).isNotEmpty()
                            .allMatch(e -> e.hasClass(role), "marked for " + audience);
                    int rules = 0;
                    for (JsonNode part : documentParts(docId)) {
                        String partPage = Path.of(part.asText()).getFileName().toString().replace(".adoc", ".html");
                        for (Element marked : Site.html(folder.resolve(partPage)).select("main ." + role)) {
                            if (marked.parents().stream().noneMatch(p -> p.hasClass("vplan-doelgroep"))) {
                                Element copy = marked.clone();
                                copy.select(".vplan-doelgroep-label, .vplan-doelgroep:not(." + role + ")").remove();
                                assertThat(pageText).as(school + " " + audience + " " + partPage).contains(copy.text());
                                rules++;
                            }
                        }
                    }
                    assertThat(rules).as(school + " " + audience).isGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    private List<JsonNode> documentParts(String docId) {
        List<JsonNode> parts = new ArrayList<>();
        for (JsonNode doc : kader.path("documenten")) {
            if (doc.path("id").asText().equals(docId)) {
                doc.path("onderdelen").forEach(p -> parts.add(p.isTextual() ? p : p.path("bestand")));
            }
        }
        return parts.stream().filter(p -> p.isTextual()).toList();
    }

    private String answer(String school, String choice) {
        JsonNode answer = Site.yaml(Cli.EXAMPLE.resolve("scholen").resolve(school).resolve("school.yml")).path("keuzes").path(choice);
        return answer.isMissingNode() ? kader.path("keuzes").path(choice).path("standaard").asText() : answer.asText();
    }

    /** {@code ict-telefoon-leerlingen-thuis} → [ict-telefoon-leerlingen, thuis], by the longest known choice. */
    private static String[] split(String attribute, List<String> choices) {
        return choices.stream().filter(c -> attribute.startsWith(c + "-"))
                .max(java.util.Comparator.comparingInt(String::length))
                .map(c -> new String[] {c, attribute.substring(c.length() + 1)}).orElse(null);
    }

    /** The longest run of plain words (at least four) in a block's text, as it reads in the page. */
    private static Optional<String> phrase(String asciidoc) {
        String best = "";
        for (String line : asciidoc.lines().filter(l -> !l.contains("invul:") && !l.contains("{")).toList()) {
            for (String piece : line.split("[^\\p{L}\\p{N} ,']+")) {
                String words = piece.strip();
                if (words.split(" +").length >= 4 && words.length() > best.length()) {
                    best = words;
                }
            }
        }
        return best.isEmpty() ? Optional.empty() : Optional.of(best);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
