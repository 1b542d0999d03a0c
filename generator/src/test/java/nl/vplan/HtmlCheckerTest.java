package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of every example school through the Nu HTML Checker (the W3C's validator, from Maven
 * Central), in this JVM: no errors. Warnings are printed, not failed on.
 */
class HtmlCheckerTest {

    /** Collects the checker's messages with page and line. */
    private static final class Messages implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String page = "";

        @Override
        public void warning(SAXParseException e) {
            warnings.add(page + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyPageOfEverySchoolIsValidHtml() throws Exception {
        Path site = ExampleBuild.site();
        Messages messages = new Messages();
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, true);
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", messages);
        checker.setUpValidatorAndParsers(messages, false, false);
        // The checker itself: a page with a known mistake must give an error.
        Path broken = java.nio.file.Files.createTempFile("fout", ".html");
        java.nio.file.Files.writeString(broken, "<!DOCTYPE html><html lang=nl><head><title>x</title></head><body><p id=a>een</p><p id=a>twee</p><img src=x.png></body></html>");
        messages.page = "fout.html";
        checker.checkHtmlFile(broken.toFile(), true);
        java.nio.file.Files.delete(broken);
        assertThat(String.join("\n", messages.errors)).as("the checker finds known mistakes")
                .contains("Duplicate ID").contains("alt");
        messages.errors.clear();
        messages.warnings.clear();

        List<Path> pages = Site.pages(site, 80);
        for (Path page : pages) {
            messages.page = site.relativize(page).toString();
            checker.checkHtmlFile(page.toFile(), true);
        }
        System.out.println("Nu HTML Checker: " + pages.size() + " pages, " + messages.errors.size() + " errors, "
                + messages.warnings.size() + " warnings");
        messages.warnings.stream().limit(20).forEach(w -> System.out.println("  warning " + w));
        assertThat(messages.errors).isEmpty();
    }
}
