package nl.vplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fields a school's plan shows, read from the sources as the conversion would see them. */
class FieldScanTest {

    @TempDir
    Path root;

    private Set<String> shown(String part, Klasse edition) {
        Content content = new TestContent(root).part(part).load();
        return FieldScan.fieldsShown(Resolver.resolve(content.framework(), content.schools().get(0), edition));
    }

    @Test
    void theBuiltInSchoolNameIsNeverAmongTheFieldsShown() {
        assertThat(shown("= Een\n\ninvul:school.naam[] en invul:v.open[]\n", Klasse.VERTROUWELIJK)).containsExactly("v.open");
    }

    @Test
    void passthroughAndLongDelimitedBlocksShowNoFields() {
        assertThat(shown("""
                = Een

                ++++
                invul:v.code[]
                ++++
                ------
                ----
                invul:v.code[]
                ------
                invul:v.open[]
                """, Klasse.VERTROUWELIJK)).containsExactly("v.open");
    }

    @Test
    void aClassWithASpaceBeforeItDoesNotHoldAsInTheBuild() {
        assertThat(shown("= Een\n\n[ klasse=vertrouwelijk]\ninvul:v.open[]\n\n[klasse=vertrouwelijk]\ninvul:v.code[]\n", Klasse.OPENBAAR))
                .containsExactly("v.open");
    }

    @Test
    void literalParagraphsShowNoFieldsAndAClassifiedFenceEndsAtItsFence() {
        assertThat(shown("""
                = Een

                  ingesprongen invul:v.code[]
                vervolg invul:v.code[]

                [klasse=vertrouwelijk]
                ```yaml
                invul:v.code[]
                ```
                invul:v.open[]
                """, Klasse.OPENBAAR)).containsExactly("v.open");
    }

    @Test
    void aClassifiedIncludeLeavesOutTheIncludedBlock() {
        new TestContent(root).write("hoofdstukken/geheim.adoc", "invul:v.code[]\n");
        assertThat(shown("= Een\n\n[klasse=vertrouwelijk]\ninclude::geheim.adoc[]\n\ninvul:v.open[]\n", Klasse.OPENBAAR))
                .containsExactly("v.open");
    }

    @Test
    void fieldsAboveTheEditionAreNotShown() {
        assertThat(shown("= Een\n\ninvul:v.geheim[] invul:v.open[]\n", Klasse.INTERN)).containsExactly("v.open");
        assertThat(shown("= Een\n\ninvul:v.geheim[] invul:v.open[]\n", Klasse.VERTROUWELIJK)).containsExactly("v.geheim", "v.open");
    }
}
