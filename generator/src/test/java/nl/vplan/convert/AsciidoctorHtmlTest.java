package nl.vplan.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.vplan.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Asciidoctor output in the site's own form: straight apostrophes inside words, a Dutch footnote tooltip. */
class AsciidoctorHtmlTest {

    @TempDir
    Path content;

    private ConvertedAsciidoc convert(String source) throws IOException {
        Path file = content.resolve("deel.adoc");
        Files.writeString(file, source);
        return Cli.engine().convert(file, content, Map.of("vplan-editie", "intern"));
    }

    @Test
    void apostrophesInsideWordsStayStraightAsInValuesAndLabels() throws IOException {
        ConvertedAsciidoc converted = convert("""
                = De BHV'ers van school

                == Foto's en video's

                Twee BHV'ers per gebouw; 'een citaat' blijft.
                """);
        Document body = Jsoup.parseBodyFragment(converted.bodyHtml());
        assertThat(body.text()).contains("Twee BHV'ers per gebouw").doesNotContain("BHV’ers");
        assertThat(Jsoup.parseBodyFragment(converted.titleHtml()).text()).isEqualTo("De BHV'ers van school");
        assertThat(converted.headings()).extracting(ConvertedAsciidoc.SectionTitle::titleHtml).containsExactly("Foto's en video's");
    }

    @Test
    void theFootnoteLinkSaysInDutchWhereItGoes() throws IOException {
        Document body = Jsoup.parseBodyFragment(convert("= Deel\n\nEen regel.footnote:[De uitleg.]\n").bodyHtml());
        assertThat(body.select("a.footnote").eachAttr("title")).containsExactly("Naar de voetnoot");
        assertThat(body.html()).doesNotContain("View footnote");
    }
}
