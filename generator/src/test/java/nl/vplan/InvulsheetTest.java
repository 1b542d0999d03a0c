package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vplan invulsheet}: all schools in one spreadsheet, and that spreadsheet read back into school.yml. */
class InvulsheetTest {

    @TempDir
    Path temp;

    @Test
    void aFilledInSheetComesBackIntoSchoolYmlKeepingItsComments() throws Exception {
        Path content = Cli.copyOfExample(temp);
        Path sheet = temp.resolve("velden.xlsx");
        Path kompas = content.resolve("scholen/het-kompas/school.yml");

        Cli.Result written = Cli.run("invulsheet", "--content", content.toString(), "--out", sheet.toString());

        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.err()).isEmpty();
        assertThat(written.out().strip()).startsWith("Invulsheet ").contains("geschreven", "4 scholen").doesNotContain("\n");
        assertThat(Files.getPosixFilePermissions(sheet)).as("a new file, as the umask makes it (not 0600)")
                .isEqualTo(Files.getPosixFilePermissions(Files.createFile(temp.resolve("nieuw-bestand"))));
        try (XSSFWorkbook book = open(sheet)) {
            Sheet fields = book.getSheet("Velden");
            assertThat(texts(fields.getRow(0))).startsWith("Label", "Veld (id)", "Type", "Klasse", "Komt voor in")
                    .contains("Basisschool De Regenboog (de-regenboog)", "Basisschool Het Kompas (het-kompas)");
            assertThat(fields.getPaneInformation().isFreezePane()).isTrue();
            assertThat(cell(fields, "directeur.naam", "de-regenboog").getStringCellValue()).isEqualTo("M. Verhoef-Dijkman");
            assertThat(cell(fields, "arbo.email", "het-kompas").getStringCellValue()).isEmpty();
            assertThat(row(fields, "arbo.email").getCell(4).getStringCellValue()).contains("Veiligheidsplan: ").contains("Coördinatie");
            CellStyle open = cell(fields, "arbo.email", "het-kompas").getCellStyle();
            assertThat(open.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(open.getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(open.getDataFormatString()).isEqualTo("@");
            assertThat(cell(fields, "directeur.naam", "het-kompas").getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            Sheet choices = book.getSheet("Keuzes");
            assertThat(cell(choices, "keuze:bhv", "het-kompas").getStringCellValue()).isEqualTo("eigen");
            assertThat(cell(choices, "onderdeel:brede-school", "het-kompas").getStringCellValue()).isEqualTo("uit");
            assertThat(choices.getDataValidations()).hasSizeGreaterThanOrEqualTo(12);
        }

        // What a school's secretary types (and what Excel makes of it: a date, a number).
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("school.adres", "Zeilmakerstraat 20\n2345 CD Voorbeeldstad");
        typed.put("arbodienst.telefoon", "012-5558800");
        typed.put("arbo.email", "arbo@kompas.example");
        typed.put("school.website", "https://kompas.example/veilig");
        typed.put("bhv.verzamelplaats", "Lokaal 3: \"achter\" # naast de hal");
        typed.put("arbodienst.naam", "Arbodienst Voorbeeldstad");
        typed.put("mr.instemming-versie", "3.1"); // the MR consented to the current version, on the date below
        typed.put("monitor.instrument", "de vragenlijst van het leerlingvolgsysteem"); // two the board requires
        typed.put("gebouw.gebruiksmelding-datum", "2024-03-14");
        try (XSSFWorkbook book = open(sheet)) {
            Sheet fields = book.getSheet("Velden");
            typed.forEach((field, value) -> cell(fields, field, "het-kompas").setCellValue(value));
            Cell date = cell(fields, "mr.instemming", "het-kompas");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            date.setCellStyle(dateStyle);
            date.setCellValue(LocalDate.of(2026, 10, 12));
            Cell number = cell(fields, "bhv.aantal-nodig", "het-kompas");
            number.setCellStyle(book.createCellStyle());
            number.setCellValue(4.0);
            cell(fields, "ehbo.plaatsen", "het-kompas").setBlank(); // an empty cell: no value
            Sheet choices = book.getSheet("Keuzes");
            cell(choices, "keuze:bhv", "het-kompas").setCellValue("gedeeld");
            cell(choices, "onderdeel:brede-school", "het-kompas").setCellValue("aan");
            save(book, sheet);
        }
        String firstLine = Files.readAllLines(kompas).get(0);

        Cli.Result read = Cli.run("invulsheet", "--content", content.toString(), "--lees", sheet.toString());

        assertThat(read.exit()).as(read.err() + read.out()).isZero();
        assertThat(read.err()).isEmpty();
        assertThat(read.out()).contains("de-regenboog: niets gewijzigd", "de-wilgen: niets gewijzigd", "het-baken: niets gewijzigd", "het-kompas: 14 wijzigingen",
                "veld arbo.email: (leeg) → 'arbo@kompas.example'", "veld mr.instemming: '2025-06-12' → '2026-10-12'",
                "veld mr.instemming-versie: '3.0' → '3.1'",
                "veld bhv.aantal-nodig: (leeg) → '4'", "veld ehbo.plaatsen: 'de hal bij de hoofdingang en de speelzaal' → (leeg)",
                "keuze bhv: eigen → gedeeld", "onderdeel brede-school: aan", "1 van 4 scholen bijgewerkt", "Een lege cel betekent");
        List<String> lines = Files.readAllLines(kompas);
        assertThat(lines.get(0)).isEqualTo(firstLine).startsWith("# yaml-language-server");
        assertThat(lines).contains("  # bijlagen (protocollen)", "  # Gedragscode ICT en internet",
                "  # bijlagen (regelingen en bewegingsonderwijs)", "  bhv: gedeeld");
        assertThat(String.join("\n", lines)).doesNotContain("ehbo.plaatsen");
        assertThat(Files.readString(content.resolve("scholen/de-regenboog/school.yml")))
                .isEqualTo(Files.readString(Cli.EXAMPLE.resolve("scholen/de-regenboog/school.yml")));

        // Reading the same sheet again changes nothing: the round trip is stable.
        Cli.Result again = Cli.run("invulsheet", "--content", content.toString(), "--lees", sheet.toString());
        assertThat(again.out()).contains("het-kompas: niets gewijzigd", "0 van 4 scholen bijgewerkt");

        Cli.Result check = Cli.run("check", "--content", content.toString(), "--school", "het-kompas");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.err()).doesNotContain("fout:").doesNotContain("het-kompas/school.yml");
        assertThat(check.out()).contains("Geen fouten gevonden.").doesNotContain("(arbo.email)", "(mr.instemming)");

        Path site = temp.resolve("site");
        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--no-pdf", "--school", "het-kompas");
        assertThat(build.exit()).as(build.err()).isZero();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Path page : Site.pages(site.resolve("het-kompas"))) {
            for (Element span : Site.html(page).select(".invul-ingevuld")) {
                shown.putIfAbsent(span.attr("data-veld"), span.text());
            }
        }
        assertThat(shown).containsEntry("arbo.email", "arbo@kompas.example")
                .containsEntry("arbodienst.telefoon", "012-5558800")
                .containsEntry("bhv.verzamelplaats", "Lokaal 3: \"achter\" # naast de hal")
                .containsEntry("school.website", "https://kompas.example/veilig")
                .containsEntry("bhv.aantal-nodig", "4")
                .containsEntry("mr.instemming", "12 oktober 2026");
        assertThat(shown.get("school.adres")).contains("Zeilmakerstraat 20").contains("2345 CD Voorbeeldstad");
        JsonNode completeness = Site.json(site.resolve("het-kompas/volledigheid.json")).path("velden");
        for (String field : List.of("arbo.email", "arbodienst.telefoon", "bhv.verzamelplaats", "school.website", "bhv.aantal-nodig",
                "mr.instemming", "school.adres", "arbodienst.naam")) {
            assertThat(completeness.path(field).path("status").asText()).as(field).isEqualTo("ingevuld");
        }
        assertThat(completeness.path("ehbo.plaatsen").path("status").asText()).isEqualTo("open");
        assertThat(Files.exists(site.resolve("het-kompas/veiligheidsplan/brede-school.html"))).isTrue();
    }

    @Test
    void anUnansweredChoiceIsAnOpenCellAndPickingEvenTheDefaultAnswersIt() throws Exception {
        Path content = Cli.copyOfExample(temp);
        Path sheet = temp.resolve("velden.xlsx");
        assertThat(Cli.run("invulsheet", "--content", content.toString(), "--out", sheet.toString()).exit()).isZero();
        try (XSSFWorkbook book = open(sheet)) {
            Cell bhv = cell(book.getSheet("Keuzes"), "keuze:bhv", "de-wilgen"); // de-wilgen answered no choice
            assertThat(bhv.getStringCellValue()).isEmpty();
            assertThat(bhv.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            bhv.setCellValue("eigen"); // the default
            save(book, sheet);
        }
        Cli.Result read = Cli.run("invulsheet", "--content", content.toString(), "--lees", sheet.toString());
        assertThat(read.exit()).as(read.err() + read.out()).isZero();
        assertThat(read.out()).contains("keuze bhv: (standaard) → eigen", "1 van 4 scholen bijgewerkt");
        assertThat(Site.yaml(content.resolve("scholen/de-wilgen/school.yml")).at("/keuzes/bhv").asText()).isEqualTo("eigen");
        JsonNode check = Site.jsonOf(Cli.run("check", "--content", content.toString(), "--school", "de-wilgen", "--formaat", "json").out());
        assertThat(check.path("scholen").get(0).path("openKeuzes").findValuesAsText("keuze")).isNotEmpty().doesNotContain("bhv");
    }

    @Test
    void aSheetWithMistakesIsReportedCellByCellAndNothingIsWritten() throws Exception {
        Path content = Cli.copyOfExample(temp);
        Path sheet = temp.resolve("velden.xlsx");
        assertThat(Cli.run("invulsheet", "--content", content.toString(), "--out", sheet.toString()).exit()).isZero();
        String phoneCell;
        String choiceCell;
        String unknownRow;
        String unknownColumn;
        try (XSSFWorkbook book = open(sheet)) {
            Sheet fields = book.getSheet("Velden");
            Cell phone = cell(fields, "bhv.telefoon", "de-regenboog");
            phone.setCellStyle(book.createCellStyle());
            phone.setCellValue(12345.0); // typed in a cell that was not text: a number
            phoneCell = ref(phone);
            Cell mail = cell(fields, "directeur.email", "de-wilgen");
            mail.setCellValue("directie(at)wilgen");
            Row extra = fields.createRow(fields.getLastRowNum() + 1);
            extra.createCell(1).setCellValue("bhv.telefon");
            extra.createCell(6).setCellValue("012-3456789");
            unknownRow = ref(extra.getCell(1));
            Cell header = fields.getRow(0).createCell(fields.getRow(0).getLastCellNum());
            header.setCellValue("Basisschool De Linde (de-linde)");
            unknownColumn = ref(header);
            Cell choice = cell(book.getSheet("Keuzes"), "keuze:bhv", "het-kompas");
            choice.setCellValue("samen");
            choiceCell = ref(choice);
            cell(book.getSheet("Keuzes"), "onderdeel:brede-school", "de-wilgen").setCellValue("misschien");
            save(book, sheet);
        }
        Map<Path, byte[]> before = schoolFiles(content);

        Cli.Result result = Cli.run("invulsheet", "--content", content.toString(), "--lees", sheet.toString());

        assertThat(result.exit()).as(result.out()).isEqualTo(1);
        assertThat(result.err()).contains(
                "velden.xlsx:Velden!" + phoneCell + ": fout: school de-regenboog, veld bhv.telefoon: waarde '12345'",
                "velden.xlsx:Velden!" + unknownRow + ": fout: onbekend veld 'bhv.telefon'",
                "velden.xlsx:Velden!" + unknownColumn + ": fout: onbekende school 'de-linde'",
                "velden.xlsx:Keuzes!" + choiceCell + ": fout: school het-kompas, keuze bhv: onbekende optie 'samen'",
                ": fout: school de-wilgen, veld directeur.email: waarde 'directie(at)wilgen'",
                ": fout: school de-wilgen, onderdeel brede-school: waarde 'misschien' is geen aan of uit",
                "6 fouten in ", "er is niets gewijzigd");
        assertThat(result.out()).isEmpty();
        assertUnchanged(content, before);

        Path notASheet = temp.resolve("velden-kopie.xlsx");
        Files.writeString(notASheet, "naam;telefoon\nDe Regenboog;012-3456789\n");
        Cli.Result bad = Cli.run("invulsheet", "--content", content.toString(), "--lees", notASheet.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("velden-kopie.xlsx: fout: dit bestand is geen Excel-werkmap (.xlsx)", "er is niets gewijzigd")
                .doesNotContainIgnoringCase("exception");
        assertUnchanged(content, before);

        Cli.Result missing = Cli.run("invulsheet", "--content", content.toString(), "--lees", temp.resolve("weg.xlsx").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("bestaat niet");
        assertThat(Cli.run("invulsheet", "--content", content.toString()).exit()).isEqualTo(2);
    }

    @Test
    void aRequiredRoleClearedInTheSheetIsWrittenWithCheckWarning() throws Exception {
        Path content = Cli.copyOfExample(temp);
        Path sheet = temp.resolve("velden.xlsx");
        assertThat(Cli.run("invulsheet", "--content", content.toString(), "--out", sheet.toString(), "--school", "het-kompas").exit()).isZero();
        try (XSSFWorkbook book = open(sheet)) {
            assertThat(texts(book.getSheet("Velden").getRow(0))).hasSize(6);
            cell(book.getSheet("Velden"), "pesten.naam", "het-kompas").setCellValue("");
            save(book, sheet);
        }

        Cli.Result read = Cli.run("invulsheet", "--content", content.toString(), "--lees", sheet.toString());

        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.out()).contains("het-kompas: 1 wijziging", "veld pesten.naam: ", " → (leeg)", "1 van 1 school bijgewerkt");
        assertThat(read.err()).contains("het-kompas/school.yml", "waarschuwing: ", "(pesten.naam) is niet ingevuld");
        assertThat(Files.readString(content.resolve("scholen/het-kompas/school.yml"))).doesNotContain("pesten.naam");
    }

    @Test
    void aSheetOlderThanASchoolYmlItWouldChangeIsRefused() throws Exception {
        Path content = Cli.copyOfExample(temp);
        Path sheet = temp.resolve("velden.xlsx");
        assertThat(Cli.run("invulsheet", "--content", content.toString(), "--out", sheet.toString()).exit()).isZero();
        Path regenboog = content.resolve("scholen/de-regenboog/school.yml");
        Files.writeString(regenboog, Files.readString(regenboog).replace("M. Verhoef-Dijkman", "M. Verhoef"));
        String headerCell;
        try (XSSFWorkbook book = open(sheet)) {
            assertThat(book.getSheetVisibility(book.getSheetIndex("vplan-herkomst")))
                    .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            Cell cell = cell(book.getSheet("Velden"), "bhv.oefening", "de-regenboog");
            cell.setCellValue("2026-09-15");
            headerCell = ref(book.getSheet("Velden").getRow(0).getCell(cell.getColumnIndex()));
            save(book, sheet);
        }
        Map<Path, byte[]> before = schoolFiles(content);

        Cli.Result read = Cli.run("invulsheet", "--content", content.toString(), "--lees", sheet.toString());

        assertThat(read.exit()).isEqualTo(1);
        assertThat(read.err()).contains("velden.xlsx:Velden!" + headerCell + ": fout: school de-regenboog: school.yml is gewijzigd nadat");
        assertUnchanged(content, before);
        // A new sheet holds the school's change, and reading it back keeps it.
        assertThat(Cli.run("invulsheet", "--content", content.toString(), "--out", sheet.toString()).exit()).isZero();
        try (XSSFWorkbook book = open(sheet)) {
            cell(book.getSheet("Velden"), "bhv.oefening", "de-regenboog").setCellValue("2026-09-15");
            save(book, sheet);
        }
        Cli.Result again = Cli.run("invulsheet", "--content", content.toString(), "--lees", sheet.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readString(regenboog)).contains("M. Verhoef\n", "bhv.oefening: \"2026-09-15\"");
    }

    /** Every file under scholen/ byte for byte as it was, and no file added. */
    private static void assertUnchanged(Path content, Map<Path, byte[]> before) throws IOException {
        Map<Path, byte[]> now = schoolFiles(content);
        assertThat(now.keySet()).containsExactlyElementsOf(before.keySet());
        for (var file : before.entrySet()) {
            assertThat(now.get(file.getKey())).as(file.getKey().toString()).isEqualTo(file.getValue());
        }
    }

    private static Map<Path, byte[]> schoolFiles(Path content) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(content.resolve("scholen"))) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        assertThat(files.keySet()).extracting(p -> p.getFileName().toString()).contains("school.yml");
        return files;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, row.getLastCellNum()).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }

    private static Row row(Sheet sheet, String id) {
        int column = sheet.getSheetName().equals("Velden") ? 1 : 0;
        for (Row row : sheet) {
            if (row.getCell(column) != null && row.getCell(column).getStringCellValue().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("geen rij voor " + id);
    }

    private static Cell cell(Sheet sheet, String id, String school) {
        List<String> headers = texts(sheet.getRow(0));
        int column = -1;
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).endsWith("(" + school + ")")) {
                column = i;
            }
        }
        assertThat(column).as("column of " + school).isPositive();
        Row row = row(sheet, id);
        return row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
    }

    private static String ref(Cell cell) {
        return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
    }
}
