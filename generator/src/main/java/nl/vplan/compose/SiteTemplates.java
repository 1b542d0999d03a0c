package nl.vplan.compose;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's FreeMarker templates and static assets ({@code site-templates/}). They ship inside the
 * jar; a folder given to {@link #SiteTemplates(Optional)} takes precedence, so a writer can adapt
 * the layout without rebuilding vplan. Output is auto-escaped ({@code .ftlh}, HTML output format).
 */
public final class SiteTemplates {

    /** Files copied as they are into every site's {@code _vplan/} folder. */
    static final List<String> ASSETS = List.of("vplan.css", "vplan.js", "zoeken.js", "lunr.js", "invullen.js", "jszip.js");

    /** lunr (search index in the browser) comes from its WebJar on Maven Central. */
    private static final String LUNR_WEBJAR = "/META-INF/resources/webjars/lunr/";
    private static final String LUNR_POM = "/META-INF/maven/org.webjars.npm/lunr/pom.properties";
    /** JSZip (the fill-in page's zip of school.yml and texts) from its WebJar, the same way. */
    private static final String JSZIP_WEBJAR = "/META-INF/resources/webjars/jszip/";
    private static final String JSZIP_POM = "/META-INF/maven/org.webjars.npm/jszip/pom.properties";

    private static final String CLASSPATH_ROOT = "/site-templates";

    private final Configuration config;
    private final Optional<Path> overrides;

    public SiteTemplates(Optional<Path> overrides) {
        this.overrides = overrides;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        // numbers are ids, page numbers and counts: "1000", never the locale's "1,000" or "1.000"
        config.setNumberFormat("c");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        List<TemplateLoader> loaders = new ArrayList<>();
        overrides.ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        loaders.add(new ClassTemplateLoader(SiteTemplates.class, CLASSPATH_ROOT));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        if (overrides.isPresent()) {
            config.setTemplateUpdateDelayMilliseconds(0); // the preview shows a saved template at once
        }
    }

    /** The embedded templates only. */
    public static SiteTemplates embedded() {
        return new SiteTemplates(Optional.empty());
    }

    public String render(String template, Map<String, Object> model) {
        try (StringWriter out = new StringWriter()) {
            config.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("sjabloon " + template + " kan niet worden gelezen", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("fout in sjabloon " + template + ": " + e.getMessage(), e);
        }
    }

    public byte[] asset(String name) {
        try {
            if (overrides.isPresent() && Files.isRegularFile(overrides.get().resolve(name))) {
                return Files.readAllBytes(overrides.get().resolve(name));
            }
            String resource = switch (name) {
                case "lunr.js" -> LUNR_WEBJAR + webjarVersion(LUNR_POM) + "/lunr.min.js";
                case "jszip.js" -> JSZIP_WEBJAR + webjarVersion(JSZIP_POM) + "/dist/jszip.min.js";
                default -> CLASSPATH_ROOT + "/" + name;
            };
            try (InputStream in = SiteTemplates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bestand " + name + " ontbreekt in site-templates");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of a WebJar on the class path, from its Maven properties (the path of its files contains it). */
    private static String webjarVersion(String pomProperties) throws IOException {
        try (InputStream in = SiteTemplates.class.getResourceAsStream(pomProperties)) {
            if (in == null) {
                throw new IllegalStateException(pomProperties + " ontbreekt op het classpath");
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
