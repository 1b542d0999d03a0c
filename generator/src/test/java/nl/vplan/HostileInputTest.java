package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that tries to reach outside its folder: through a symbolic link, an image the PDF printer
 * would read or fetch, or the build's own absolute paths printed into the output.
 */
class HostileInputTest {

    private static final Path BASIS = BadInputCorpusTest.CORPUS.resolve("basis");

    @TempDir
    Path temp;

    private Path content() {
        Path content = temp.resolve("inhoud");
        Site.copy(BASIS, content);
        return content;
    }

    @Test
    void aSymbolicLinkOutOfTheContentFolderIsRefusedForTextsTaskListsAndSchoolFolders() throws IOException {
        Path outside = temp.resolve("buiten");
        Files.createDirectories(outside);
        Path secret = Files.writeString(outside.resolve("geheim.txt"), "= Geheim\n\nGEHEIM-BUITEN-INHOUD\n");
        Files.writeString(outside.resolve("taken.yml"), Files.readString(BASIS.resolve("taken/jaar.yml")));
        Site.copy(BASIS.resolve("scholen/proef"), outside.resolve("school"));
        Path content = content();
        Path text = content.resolve("scholen/proef/aanvullingen/ontruimingsplan.adoc");
        Files.delete(text);
        Files.createSymbolicLink(text, secret);
        Path tasks = content.resolve("taken/jaar.yml");
        Files.delete(tasks);
        Files.createSymbolicLink(tasks, outside.resolve("taken.yml"));
        Files.createSymbolicLink(content.resolve("scholen/gekoppeld"), outside.resolve("school"));

        for (String command : new String[] {"check", "build"}) {
            Cli.Result result = command.equals("check") ? Cli.run("check", "--content", content.toString())
                    : Cli.run("build", "--content", content.toString(), "--out", temp.resolve("uit").toString());
            assertThat(result.exit()).as(result.err()).isEqualTo(1);
            String refused = ": fout: het bestand is een koppeling naar een plek buiten de inhoudsmap";
            assertThat(result.err()).contains(text + refused, tasks + refused,
                    content.resolve("scholen/gekoppeld/school.yml") + refused);
            assertThat(result.out() + result.err()).doesNotContain("GEHEIM-BUITEN-INHOUD");
        }
        assertThat(temp.resolve("uit")).doesNotExist();
    }

    @Test
    void thePrinterNeitherFetchesNorReadsAnImageFromOutsideTheContentFolder() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            Path picture = temp.resolve("buiten.png");
            ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
            Path content = content();
            // through attributes, which check cannot follow: the printer itself must refuse
            Site.write(content, "hoofdstukken/twee.adoc", "= Twee\n\n:web: http://127.0.0.1:" + server.getAddress().getPort()
                    + "/teller.png\n:schijf: " + picture.toUri() + "\n\nimage::{web}[Web]\n\nimage::{schijf}[Schijf]\n\nTWEE-TEKST\n");
            Site.append(content.resolve("scholen/proef/school.yml"), "onderdelen:\n  aan: [twee]\n");
            Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", temp.resolve("uit").toString());
            assertThat(result.exit()).as(result.err()).isZero();

            assertThat(requests.get()).as("requests to the local server").isZero();
            try (PDDocument pdf = Loader.loadPDF(temp.resolve("uit/proef/plan.pdf").toFile())) {
                assertThat(new PDFTextStripper().getText(pdf)).as("the part was printed").contains("TWEE-TEKST");
                int images = 0;
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                    }
                }
                assertThat(images).as("images embedded in the PDF").isZero();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void noAbsolutePathOfTheBuildReachesTheOutput() throws IOException {
        Path content = content();
        Site.write(content, "hoofdstukken/twee.adoc", """
                = Twee

                Map: {vplan-inhoudsmap} en {docfile} en {docdir} en {user-home} en {outdir}.

                include::{docdir}/../../../etc/hosts[]

                TWEE-TEKST
                """);
        Site.append(content.resolve("scholen/proef/school.yml"), "onderdelen:\n  aan: [twee]\n");
        Path out = temp.resolve("uit");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        // the include is refused (its target, made of attributes, reaches outside the content folder)
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains(content.resolve("hoofdstukken/twee.adoc") + ":5:1: fout: include '");

        Site.write(content, "hoofdstukken/twee.adoc", "= Twee\n\nMap: {vplan-inhoudsmap} en {docfile} en {docdir} en {user-home} en {outdir}.\n\nTWEE-TEKST\n");
        result = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        all.append(new PDFTextStripper().getText(pdf));
                    }
                } else {
                    all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(all).as("the part was built").contains("TWEE-TEKST");
        assertThat(all).doesNotContain(content.toString()).doesNotContain(out.toString()).doesNotContain(temp.toString());
    }
}
