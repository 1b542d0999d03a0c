package nl.vplan.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.jruby.util.cli.Options;

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

    private AsciidoctorStart() {
    }

    /**
     * A new Asciidoctor. JRuby's RubyGems switch is forced off only while this runtime is made, so
     * that another runtime made the usual way in this process keeps RubyGems.
     */
    static synchronized Asciidoctor create() {
        Optional<String> lib = gemLib();
        if (lib.isEmpty()) {
            return Asciidoctor.Factory.create();
        }
        // JRuby's switch for RubyGems, read once when a runtime is made; -Djruby.cli.rubygems.enable=… given to java wins
        boolean given = System.getProperty(Options.CLI_RUBYGEMS_ENABLE.propertyName()) != null;
        if (!given) {
            Options.CLI_RUBYGEMS_ENABLE.force("false");
        }
        try {
            return AsciidoctorJRuby.Factory.create(List.of("uri:classloader:/" + lib.get()));
        } finally {
            if (!given) {
                Options.CLI_RUBYGEMS_ENABLE.unforce();
            }
        }
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
