package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build does to its output folder when the folder is not what it expects: an output that
 * overlaps the content, a file where a folder belongs, leftovers of a killed build, pages damaged
 * since the last build, and the modes of what it writes.
 */
class OutputSafetyTest {

    @TempDir
    Path temp;

    Path content;
    Path site;

    @BeforeEach
    void copy() {
        content = Cli.copyOfExample(temp);
        site = temp.resolve("site");
    }

    private Cli.Result build(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString(),
                "--school", "de-wilgen"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void outputOverlappingTheContentIsRefusedBeforeWriting() throws IOException {
        Map<String, String> before = Site.snapshot(content);
        for (Path out : List.of(content.resolve("scholen"), content.resolve("scholen/de-wilgen/aanvullingen"), content,
                content.resolve("hoofdstukken"), temp)) {
            Cli.Result result = build(out, "--no-pdf");
            assertThat(result.exit()).as(out + ": " + result.err()).isEqualTo(2);
            assertThat(result.err()).contains("fout: ").contains("kies een andere map met --out").doesNotContain("Exception");
        }
        assertThat(Site.snapshot(content)).isEqualTo(before);

        Cli.Result empty = Cli.run("build", "--content", content.toString(), "--out", "");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("--out is leeg");
    }

    @Test
    void anOutputFolderBesideTheContentFilesIsFine() {
        // a board's repository made by `vplan nieuw` has its content at the top and builds into site/
        Cli.Result result = build(content.resolve("site"), "--no-pdf");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(content.resolve("site/de-wilgen/index.html")).isRegularFile();
    }

    @Test
    void aFileWhereTheAssetsFolderBelongsChangesNothing() throws IOException {
        assertThat(build(site, "--no-pdf").exit()).isZero();
        deleteTree(site.resolve("_vplan"));
        Files.writeString(site.resolve("_vplan"), "een bestand in de weg");
        Site.append(content.resolve("scholen/de-wilgen/school.yml"), "\n# gewijzigd\n");
        Map<String, String> before = Site.snapshot(site);

        Cli.Result result = build(site, "--no-pdf");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("kan niet schrijven").contains("_vplan is geen map").contains("er is niets gewijzigd");
        assertThat(Site.snapshot(site)).isEqualTo(before);
        assertThat(leftovers(site)).isEmpty();
    }

    @Test
    void aFolderWhereTheStartPageBelongsChangesNothing() throws IOException {
        Files.createDirectories(site.resolve("index.html"));
        Cli.Result result = build(site, "--no-pdf");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("index.html is een map");
        assertThat(site.resolve("de-wilgen")).doesNotExist();
        assertThat(leftovers(site)).isEmpty();
    }

    @Test
    void leftoversOfAKilledBuildAreCleanedAndAHalfSwapIsUndone() throws IOException {
        assertThat(build(site, "--no-pdf").exit()).isZero();
        String page = Files.readString(site.resolve("de-wilgen/index.html"));
        // killed between the two renames of a swap: the old folder sits in its staging folder, the school's name is free
        Path halfSwapped = Files.createDirectories(site.resolve(".vplan-nieuw-123"));
        Files.writeString(halfSwapped.resolve("doel"), "de-wilgen");
        Files.move(site.resolve("de-wilgen"), halfSwapped.resolve("oud"));
        Files.createDirectories(site.resolve(".vplan-nieuw-456/nieuw/veiligheidsplan"));
        Files.writeString(site.resolve(".vplan-nieuw-456/nieuw/veiligheidsplan/deel.html"), "half geschreven");
        Files.writeString(site.resolve(".vplan-7.tmp"), "half");
        Files.writeString(site.resolve("_vplan/.vplan-8.tmp"), "half");
        Files.writeString(content.resolve("kader.yml"), "bestuur: [kapot\n"); // the build stops at load, after cleaning up

        assertThat(build(site, "--no-pdf").exit()).isEqualTo(1);
        assertThat(leftovers(site)).isEmpty();
        assertThat(Files.readString(site.resolve("de-wilgen/index.html"))).isEqualTo(page);
    }

    @Test
    void filesFollowTheUmask() throws IOException {
        assertThat(build(site, "--no-pdf").exit()).isZero();
        Path probe = Files.writeString(temp.resolve("zoals-de-umask"), "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        assertThat(expected).as("the test runs under a umask that lets others read").contains(PosixFilePermission.OTHERS_READ);
        for (Path file : List.of(site.resolve("index.html"), site.resolve("de-wilgen/index.html"))) {
            assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(expected);
        }
        try (Stream<Path> assets = Files.list(site.resolve("_vplan"))) {
            assets.forEach(a -> assertThat(perms(a)).as(a.toString()).isEqualTo(expected));
        }
    }

    @Test
    void aPageDeletedOrDamagedSinceTheLastBuildIsMadeAgain() throws IOException {
        assertThat(build(site, "--no-pdf").exit()).isZero();
        Path page = site.resolve("de-wilgen/veiligheidsplan/index.html");
        String original = Files.readString(page);
        Cli.Result untouched = build(site, "--no-pdf");
        assertThat(untouched.out()).contains("ongewijzigd");

        Files.delete(page);
        Cli.Result afterDelete = build(site, "--no-pdf");
        assertThat(afterDelete.out()).contains("1 school gebouwd").doesNotContain("ongewijzigd");
        assertThat(Files.readString(page)).isEqualTo(original);

        Files.writeString(page, original.replace("Veiligheidsplan", "Veiligheidsplam"));
        assertThat(build(site, "--no-pdf").out()).contains("1 school gebouwd");
        assertThat(Files.readString(page)).isEqualTo(original);
    }

    @Test
    void aTruncatedHandbookIsPrintedAgain() throws IOException {
        assertThat(build(site).exit()).isZero();
        Path pdf = site.resolve("de-wilgen/gedragscode-ict.pdf");
        byte[] original = Files.readAllBytes(pdf);
        Files.write(pdf, java.util.Arrays.copyOf(original, original.length / 2));
        Site.append(content.resolve("scholen/de-wilgen/school.yml"), "\n# de school verandert, het handboek niet\n");

        Cli.Result result = build(site);
        assertThat(result.exit()).as(result.err()).isZero();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        assertThat(Files.size(pdf)).isEqualTo(original.length);
    }

    private static Set<PosixFilePermission> perms(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> leftovers(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".vplan-nieuw")
                    || p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
