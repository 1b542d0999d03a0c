package nl.vplan.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Starts Asciidoctor in JRuby without RubyGems. AsciidoctorJ otherwise boots RubyGems only to find
 * the Asciidoctor gem that lies in its own jar; that took a third of the start (about 0.45 s of 1.55 s
 * here, on every build's critical path). The gem's {@code lib} folder is put on Ruby's load path
 * instead, found through the version AsciidoctorJ records. vplan needs no other gem: it sets no source
 * highlighter and no converter of another gem. When that folder is not where the version says, the
 * start falls back to AsciidoctorJ's own, with RubyGems.
 */
final class AsciidoctorStart {

    private static final String VERSIONS = "META-INF/asciidoctorj-version.properties";
    /** JRuby's switch for RubyGems, read when a runtime is made; {@code -Djruby.cli.rubygems.enable=…} given to java wins. */
    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";

    private AsciidoctorStart() {
    }

    static Asciidoctor create() {
        Optional<String> lib = gemLib();
        if (lib.isEmpty()) {
            return Asciidoctor.Factory.create();
        }
        if (System.getProperty(RUBYGEMS) == null) {
            System.setProperty(RUBYGEMS, "false");
        }
        return AsciidoctorJRuby.Factory.create(List.of("uri:classloader:/" + lib.get()));
    }

    /** The Asciidoctor gem's {@code lib} folder inside AsciidoctorJ's jar, if it is there. */
    static Optional<String> gemLib() {
        ClassLoader loader = AsciidoctorStart.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties versions = new Properties();
            versions.load(in);
            String version = versions.getProperty("version.asciidoctor", "");
            String lib = "gems/asciidoctor-" + version + "/lib";
            return !version.isEmpty() && loader.getResource(lib + "/asciidoctor.rb") != null ? Optional.of(lib) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
