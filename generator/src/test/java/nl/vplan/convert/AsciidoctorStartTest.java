package nl.vplan.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.junit.jupiter.api.Test;

/** Asciidoctor starts from its gem's folder, without RubyGems, and converts as before. */
class AsciidoctorStartTest {

    @Test
    void theGemsFolderIsFoundThroughAsciidoctorJsVersion() {
        assertThat(AsciidoctorStart.gemLib()).hasValueSatisfying(lib -> {
            assertThat(lib).matches("gems/asciidoctor-2\\.\\d+\\.\\d+/lib");
            assertThat(getClass().getClassLoader().getResource(lib + "/asciidoctor/version.rb")).isNotNull();
        });
    }

    @Test
    void rubyGemsIsNotLoadedAndAsciidoctorConverts() {
        try (Asciidoctor asciidoctor = AsciidoctorStart.create()) {
            assertThat(org.jruby.util.cli.Options.CLI_RUBYGEMS_ENABLE.load()).as("left as it was, for other runtimes").isTrue();
            var ruby = JRubyRuntimeContext.get(asciidoctor);
            assertThat(ruby.evalScriptlet("defined?(::Gem) ? 'ja' : 'nee'").toString()).isEqualTo("nee");
            assertThat(ruby.evalScriptlet("Asciidoctor::VERSION").toString())
                    .isEqualTo(AsciidoctorStart.gemLib().orElseThrow().replaceAll("gems/asciidoctor-(.*)/lib", "$1"));
            String html = asciidoctor.convert("== Rouw\n\nEen *leerling* overlijdt.\n\n[source,ruby]\n----\nputs 1\n----\n",
                    Options.builder().build());
            assertThat(html).contains("<h2 id=\"_rouw\">Rouw</h2>").contains("<strong>leerling</strong>")
                    .contains("<code class=\"language-ruby\" data-lang=\"ruby\">puts 1</code>");
        }
    }

    @Test
    void anAsciidoctorMadeTheUsualWayAfterwardsStillFindsItsGem() {
        AsciidoctorStart.create().close();
        try (Asciidoctor usual = Asciidoctor.Factory.create()) {
            assertThat(usual.convert("Een *toets*.", org.asciidoctor.Options.builder().build())).contains("<strong>toets</strong>");
        }
    }
}
