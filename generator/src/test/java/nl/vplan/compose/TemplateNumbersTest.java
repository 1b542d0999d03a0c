package nl.vplan.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers in templates are ids and page numbers ({@code bijlagepagina-x-1000}): written without
 * the locale's grouping, whatever the JVM's locale.
 */
class TemplateNumbersTest {

    @TempDir
    Path templates;

    @Test
    void aThousandIsWrittenAsDigits() throws IOException {
        Files.writeString(templates.resolve("getal.ftlh"), "pagina-${n}");
        Locale earlier = Locale.getDefault();
        for (Locale locale : new Locale[] {Locale.US, Locale.forLanguageTag("nl-NL")}) {
            Locale.setDefault(locale);
            try {
                assertThat(new SiteTemplates(Optional.of(templates)).render("getal.ftlh", Map.of("n", 1000))).isEqualTo("pagina-1000");
            } finally {
                Locale.setDefault(earlier);
            }
        }
    }
}
