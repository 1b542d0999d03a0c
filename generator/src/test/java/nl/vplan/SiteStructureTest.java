package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The example site as a crawler and a screen reader see it, without a browser: every internal link
 * and anchor of every school resolves, nothing is loaded from elsewhere, and every page has the
 * landmarks, language, skip link, breadcrumb and heading outline it should. Also the search index,
 * the quick-access block and the accessibility statement.
 */
class SiteStructureTest {

    private final Path site = ExampleBuild.site();
    private final Map<Path, Set<String>> ids = new HashMap<>();

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> Site.html(p).select("[id]").stream().map(Element::id).collect(Collectors.toSet()));
    }

    /** A link target relative to {@code from}: "" when it resolves, else what is wrong. */
    private String problem(Path from, String url) {
        String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        if (path.contains("?")) {
            path = path.substring(0, path.indexOf('?'));
        }
        Path target = path.isEmpty() ? from : from.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no file " + site.relativize(target);
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html") && !idsOf(target).contains(fragment)) {
            return "no anchor #" + fragment + " in " + site.relativize(target);
        }
        return "";
    }

    @Test
    void everyInternalLinkAndAnchorOfEverySchoolResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : Site.pages(site, 80)) {
            Document html = Site.html(page);
            for (Element element : html.select("a[href], link[href], script[src], img[src], form[action], iframe[src]")) {
                String attribute = element.hasAttr("src") ? "src" : element.hasAttr("action") ? "action" : "href";
                String url = element.attr(attribute);
                if (url.startsWith("mailto:") || url.startsWith("tel:")) {
                    continue;
                }
                if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
                    // Only a link the reader follows may point elsewhere (a school's website); nothing is loaded from there.
                    assertThat(element.tagName()).as(site.relativize(page) + ": " + element.outerHtml()).isEqualTo("a");
                    continue;
                }
                String wrong = problem(page, url);
                if (!wrong.isEmpty()) {
                    broken.add(site.relativize(page) + " → " + url + ": " + wrong);
                }
                checked++;
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void everyPageHasLanguageLandmarksSkipLinkAndAnUnbrokenOutline() {
        List<String> wrong = new ArrayList<>();
        for (Path page : Site.pages(site, 80)) {
            String name = site.relativize(page).toString();
            Document html = Site.html(page);
            check(wrong, name, html.selectFirst("html").attr("lang").equals("nl"), "lang is not nl");
            check(wrong, name, html.select("h1").size() == 1, "not one h1 but " + html.select("h1").size());
            int previous = 0;
            for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                check(wrong, name, level <= previous + 1, "heading level skipped before " + heading.outerHtml());
                previous = level;
            }
            check(wrong, name, html.select("body > header").size() == 1 && html.select("main").size() == 1
                    && html.select("body > footer").size() == 1, "header, main and footer");
            Element first = html.selectFirst("body a[href], body button, body input, body select, body textarea");
            check(wrong, name, first != null && first.hasClass("skiplink") && first.attr("href").equals("#inhoud"), "skip link is not first");
            check(wrong, name, html.selectFirst("#inhoud") == html.selectFirst("main"), "skip link target is not main");
            // Everything a reader sees is inside a landmark (header, nav, main, aside, footer), except the skip link.
            for (Element child : html.body().children()) {
                boolean inLandmark = child.is("header, main, aside[aria-label], footer, script, a.skiplink")
                        || child.is("div.kolommen") && child.children().stream().allMatch(c -> c.is("main, div.zijbalk-houder")
                        && (c.is("main") || c.children().stream().allMatch(n -> n.is("nav, button.menuknop"))));
                check(wrong, name, inLandmark, "outside the landmarks: <" + child.tagName() + " class=" + child.className() + ">");
            }
            if (!page.getParent().equals(site)) {
                Element crumbs = html.selectFirst("header nav.kruimelpad");
                check(wrong, name, crumbs != null && crumbs.select("li").last().select("[aria-current=page]").size() == 1,
                        "breadcrumb ending at the current page");
                check(wrong, name, html.select("footer a[href$=toegankelijkheid.html]").size() == 1, "link to the accessibility statement");
                check(wrong, name, html.select("header form[role=search] input[name=q]").size() == 1, "search box in the header");
            }
            if (html.selectFirst(".zijbalk") != null && html.selectFirst("main").text().length() > 6000) {
                check(wrong, name, html.select("a[href=#boven]").size() == 1, "long page without 'terug naar boven'");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, String page, boolean ok, String what) {
        if (!ok) {
            wrong.add(page + ": " + what);
        }
    }

    @Test
    void theStartPageOffersEveryProtocolWithACardForAnEmergency() throws IOException {
        for (String school : ExampleBuild.schools()) {
            Set<String> cards = new TreeSet<>();
            try (Stream<Path> files = Files.walk(site.resolve(school))) {
                files.filter(f -> f.getFileName().toString().endsWith("-kaart.html"))
                        .forEach(f -> cards.add(site.resolve(school).relativize(f).toString()));
            }
            Document start = Site.html(site.resolve(school).resolve("index.html"));
            Element block = start.selectFirst("main section.snelkoppelingen");
            assertThat(block).as(school).isNotNull();
            assertThat(new TreeSet<>(block.select("a.kaart").eachAttr("href"))).as(school).isEqualTo(cards).isNotEmpty();
            for (Element protocol : block.select("a.protocol")) {
                if (protocol.attr("href").endsWith(".pdf")) { // the school's own evacuation plan
                    assertThat(site.resolve(school).resolve(protocol.attr("href"))).exists();
                    continue;
                }
                Document page = Site.html(site.resolve(school).resolve(protocol.attr("href")));
                assertThat(page.selectFirst("h1").text()).endsWith(protocol.text());
            }
            // It comes before the list of documents, so it is found first.
            assertThat(start.select("main h2").first().text()).isEqualTo(block.selectFirst("h2").text());
        }
    }

    @Test
    void everySchoolHasAnAccessibilityStatementWithItsOwnContact() {
        for (String school : ExampleBuild.schools()) {
            Document statement = Site.html(site.resolve(school).resolve("toegankelijkheid.html"));
            assertThat(statement.selectFirst("h1").text()).isEqualTo("Toegankelijkheidsverklaring");
            assertThat(statement.text()).contains("WCAG 2.1").contains("niveau AA").contains("Bekende beperkingen");
            String email = Site.yaml(Cli.EXAMPLE.resolve("scholen").resolve(school).resolve("school.yml")).path("velden").path("school.email").asText();
            if (email.isEmpty()) {
                assertThat(statement.select("a[href^=mailto:]")).as(school).isEmpty();
                assertThat(statement.text()).contains("directie van de school");
            } else {
                assertThat(statement.select("a[href^=mailto:]").eachAttr("href")).as(school).containsExactly("mailto:" + email);
            }
        }
    }

    @Test
    void theSearchIndexHoldsEverySectionOfEveryPartWithLinksThatResolve() throws IOException {
        for (String school : ExampleBuild.schools()) {
            Path folder = site.resolve(school);
            String script = Files.readString(folder.resolve("zoekindex.js"));
            assertThat(script).startsWith("window.vplanZoekindex = ").endsWith(";\n");
            JsonNode index = new ObjectMapper().readTree(script.substring(script.indexOf('=') + 1, script.lastIndexOf(';')));
            Set<String> pagesInIndex = new TreeSet<>();
            int sections = 0;
            for (JsonNode entry : index.path("secties")) {
                String href = entry.path("href").asText();
                assertThat(problem(folder.resolve("zoeken.html"), href)).as(school + " " + href).isEmpty();
                pagesInIndex.add(href.replaceFirst("#.*", ""));
                assertThat(entry.path("text").asText()).doesNotContain("nog in te vullen:").doesNotContain("<");
                if (href.contains("#")) {
                    Document page = Site.html(folder.resolve(href.replaceFirst("#.*", "")));
                    assertThat(page.getElementById(href.replaceFirst(".*#", "")).text()).isEqualTo(entry.path("section").asText());
                }
                sections++;
            }
            Set<String> partPages = new TreeSet<>();
            Document start = Site.html(folder.resolve("index.html"));
            for (String document : start.select("main .documentkaart h3 a").eachAttr("href")) {
                Document contents = Site.html(folder.resolve(document));
                String dir = document.replaceFirst("index.html$", "");
                contents.select(".zijbalk .onderdelen a").eachAttr("href").forEach(h -> partPages.add(dir + h));
            }
            assertThat(pagesInIndex).as(school).isEqualTo(partPages);
            assertThat(sections).isGreaterThan(partPages.size() * 2);
        }
    }
}
