package nl.vplan.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.compose.Completeness;
import nl.vplan.compose.Views;
import nl.vplan.model.Content;
import nl.vplan.model.Problem;
import nl.vplan.model.School;

/** What {@code build} and {@code check} tell the user, in Dutch: problems to {@code err}, figures per school to {@code out}. */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;

    Report(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Problems in the order they are reported: by file, then line. */
    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.where().display()).thenComparingInt(p -> p.where().line()))
                .toList();
    }

    /** Every problem, sorted by file and line; with errors, that nothing was written. */
    void problems(List<Problem> problems) {
        sorted(problems).forEach(p -> err.println(p.format()));
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > 0) {
            err.printf("%d %s gevonden; er is niets geschreven.%n", errors, errors == 1 ? "fout" : "fouten");
        }
    }

    void completeness(String schoolId, Completeness c) {
        out.printf("  %-20s %3d%% ingevuld (%d van %d, %d open)%n", schoolId, c.percentage(), c.filled(), c.total(), c.open());
    }

    /** What {@code check} lists as still open for a school. */
    void open(Completeness c) {
        c.openSlots().forEach(s -> out.println("      open: " + s.title() + " (schoolonderdeel " + s.id() + ")"));
        c.openFields().forEach(f -> out.println("      open: " + f.field().label() + " (" + f.field().id() + ")"));
        c.openChoices().forEach(k -> out.println("      open: " + k.choice().vraag() + " (keuze " + k.choice().id()
                + "): nog niet gekozen; nu geldt: " + k.optionText()));
    }

    /**
     * {@code check --formaat json}: one JSON document on {@code out} and nothing else (shape in README.md):
     * the counts, every problem with its place, per school its completeness and what is open, and
     * whether the check passed (with {@code --strict}: also no warnings and nothing open).
     */
    void checkJson(List<Problem> problems, List<Completeness> schools, boolean passed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fouten", problems.stream().filter(Problem::isError).count());
        json.put("waarschuwingen", problems.stream().filter(p -> !p.isError()).count());
        json.put("problemen", sorted(problems).stream().map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ernst", p.severity().label());
            entry.put("bestand", p.where().file() == null ? "" : p.where().displayFile());
            entry.put("regel", p.where().line());
            entry.put("kolom", p.where().column());
            entry.put("bericht", p.message());
            return entry;
        }).toList());
        json.put("scholen", schools.stream().map(c -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("school", c.schoolId());
            entry.put("naam", c.naam());
            entry.put("percentage", c.percentage());
            entry.put("totaal", c.total());
            entry.put("open", c.open());
            entry.put("openVelden", c.openFields().stream().map(f -> {
                Map<String, Object> veld = new LinkedHashMap<>();
                veld.put("veld", f.field().id());
                veld.put("label", f.field().label());
                return veld;
            }).toList());
            entry.put("openOnderdelen", c.openSlots().stream().map(s -> {
                Map<String, Object> onderdeel = new LinkedHashMap<>();
                onderdeel.put("document", s.document());
                onderdeel.put("onderdeel", s.id());
                onderdeel.put("titel", s.title());
                return onderdeel;
            }).toList());
            entry.put("openKeuzes", c.openChoices().stream().map(k -> {
                Map<String, Object> keuze = new LinkedHashMap<>();
                keuze.put("keuze", k.choice().id());
                keuze.put("vraag", k.choice().vraag());
                keuze.put("standaard", k.option());
                keuze.put("tekst", k.optionText());
                return keuze;
            }).toList());
            return entry;
        }).toList());
        json.put("geslaagd", passed);
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One line per selected school: its figures, or that it was left as it was. */
    void built(List<School> selected, List<Completeness> built, List<Views.SchoolSummary> summaries) {
        for (School school : selected) {
            built.stream().filter(c -> c.schoolId().equals(school.id())).findFirst().ifPresentOrElse(c -> completeness(school.id(), c),
                    () -> summaries.stream().filter(s -> s.id().equals(school.id())).findFirst().ifPresent(s ->
                            out.printf("  %-20s %3d%% ingevuld (ongewijzigd, %d open)%n", school.id(), s.percentage(), s.open())));
        }
    }

    /** With --strict: warnings and open fill-ins (of the selected schools, built now or unchanged) fail the build. */
    boolean strictFailures(List<Problem> problems, List<Views.SchoolSummary> summaries, List<School> selected) {
        boolean failed = !problems.isEmpty();
        for (Views.SchoolSummary summary : summaries) {
            boolean chosen = selected.stream().anyMatch(s -> s.id().equals(summary.id()));
            if (chosen && summary.open() > 0) {
                err.printf("fout (--strict): %s heeft nog %d open %s%n", summary.naam(), summary.open(),
                        summary.open() == 1 ? "invulling" : "invullingen");
                failed = true;
            }
        }
        if (!problems.isEmpty()) {
            err.println("fout (--strict): waarschuwingen tellen als fouten");
        }
        return failed;
    }

    /** Every school of the content for the site's start page; schools not built now keep the figures of their last build. */
    static List<Views.SchoolSummary> summaries(Content content, List<Completeness> built, Path outDir) {
        Map<String, Completeness> byId = new LinkedHashMap<>();
        built.forEach(c -> byId.put(c.schoolId(), c));
        // an unchanged school's figures are read from its last report, side by side for a large board
        return content.schools().parallelStream().map(school -> {
            Completeness c = byId.get(school.id());
            String href = school.id() + "/index.html";
            return c != null ? Views.SchoolSummary.of(c, href) : earlier(school, href, outDir.resolve(school.id()).resolve("volledigheid.json"));
        }).toList();
    }

    /** The three figures the index needs from a school's earlier {@code volledigheid.json}; the rest is skipped unread. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record EarlierReport(Integer percentage, int open, List<Warning> waarschuwingen) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        private record Warning(String bericht) {
        }
    }

    private static Views.SchoolSummary earlier(School school, String href, Path json) {
        if (Files.isRegularFile(json)) {
            try {
                // the report lists every field (100 kB a school): binding to these three skips that list as a stream
                EarlierReport report = JSON.readValue(json.toFile(), EarlierReport.class);
                if (report.percentage() != null) {
                    List<String> warnings = report.waarschuwingen() == null ? List.of()
                            : report.waarschuwingen().stream().map(EarlierReport.Warning::bericht).toList();
                    return new Views.SchoolSummary(school.id(), school.naam(), href, report.percentage(), report.open(), warnings);
                }
            } catch (IOException e) {
                // an unreadable report is treated as "not built"
            }
        }
        return new Views.SchoolSummary(school.id(), school.naam(), "", -1, 0, List.of());
    }
}
