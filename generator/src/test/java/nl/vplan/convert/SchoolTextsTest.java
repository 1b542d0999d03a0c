package nl.vplan.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.vplan.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's text converted without check in front (as the preview might): whatever tricks it
 * uses, the HTML has no script, no event handler and no script link; a board's text is left as written.
 */
class SchoolTextsTest {

    private static final String HOSTILE = """
            = Eigen regels

            Gewone tekst met een https://www.example.org[koppeling] en *vet*.

            ++++
            <script>alert(1)</script><p onclick="alert(2)">blok</p>
            ++++

            Inline pass:[<img src=x onerror=alert(3)>] en +++<svg onload=alert(4)></svg>+++ en
            link:javascript:alert(5)[klik] en link:++JaVa&#x09;script:alert(6)++[klik].

            [subs=-specialchars]
            Ruw <b onmouseover=alert(7)>vet</b> en <a href=" javascript:alert(8)">a</a> <iframe src="https://example.org"></iframe>.

            == Kop +++<img src=x onerror=alert(9)>+++
            """;

    @TempDir
    Path content;

    private ConvertedAsciidoc convert(String path) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HOSTILE);
        return Cli.engine().convert(file, content, Map.of("vplan-editie", "intern"));
    }

    @Test
    void aSchoolsTextCannotRunScript() throws IOException {
        ConvertedAsciidoc html = convert("scholen/proef/aanvullingen/eigen.adoc");
        Element body = Jsoup.parseBodyFragment(html.bodyHtml() + html.headings().get(0).titleHtml()).body();

        assertThat(body.select("script, iframe, svg, [onclick], [onerror], [onload], [onmouseover]")).isEmpty();
        assertThat(body.select("a").eachAttr("href")).noneMatch(href -> href.toLowerCase().replaceAll("[\\x00-\\x20]", "").startsWith("javascript:"));
        assertThat(body.select("a[href=https://www.example.org]").text()).isEqualTo("koppeling");
        assertThat(body.select("strong").text()).contains("vet");
        assertThat(body.text()).contains("Gewone tekst", "Ruw");
    }

    @Test
    void aBoardsTextIsConvertedAsWritten() throws IOException {
        // the board's own texts are trusted (the site's Content-Security-Policy still keeps inline script from running)
        ConvertedAsciidoc html = convert("hoofdstukken/eigen.adoc");
        assertThat(Jsoup.parseBodyFragment(html.bodyHtml()).select("script, [onclick]")).hasSize(2);
    }
}
