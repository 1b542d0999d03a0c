package nl.vplan.fill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vplan.fill.SheetImport.Problem;
import nl.vplan.load.SchoolRules;
import nl.vplan.model.Choice;
import nl.vplan.model.Content;
import nl.vplan.model.Ids;
import nl.vplan.model.School;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the board's spreadsheet ({@link FillInSheet}) back into each school's {@link SchoolChanges},
 * checking every cell with the rules {@code check} uses, so that all problems are reported at once,
 * each at its cell. An empty value cell means "no value": it clears what the school had. A choice or
 * part is only a change when it differs from what the school has now (a part's default included); picking
 * a choice the school has not answered is one, even when it picks the default.
 */
final class FillInSheetReader {

    /** The changes per school (in sheet order), where each item was read, and the problems. */
    record Read(Map<String, SchoolChanges> changes, Map<String, String> cells, List<Problem> problems,
                Map<String, String> fingerprints) {

        /** The cell of a school's field, choice or part, else the school's column header. */
        String cellOf(String school, String item) {
            String cell = item == null ? null : cells.get(school + "|" + item);
            return cell != null ? cell : cells.getOrDefault(school + "|", "");
        }
    }

    private final Content content;
    private final SchoolRules rules;
    private final Map<String, School> schools = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> cells = new HashMap<>();
    private final Map<String, Map<String, String>> values = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> choices = new LinkedHashMap<>();
    private final Map<String, Map<String, Boolean>> parts = new LinkedHashMap<>();
    private final Map<String, String> fingerprints = new HashMap<>();

    FillInSheetReader(Content content) {
        this.content = content;
        this.rules = new SchoolRules(content.framework());
        content.schools().forEach(s -> schools.put(s.id(), s));
    }

    Read read(Path file) throws SheetImport.NotAWorkbook {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet fields = workbook.getSheet(SheetLayout.FIELDS);
            if (fields == null) {
                problems.add(new Problem("", "het werkblad '" + SheetLayout.FIELDS + "' ontbreekt; maak een nieuwe sheet met vplan invulsheet --out"));
            } else {
                fields(fields);
            }
            Sheet origin = workbook.getSheet(SheetLayout.ORIGIN);
            if (origin != null) {
                origin.forEach(row -> {
                    String school = CellText.of(row.getCell(0)).strip();
                    String fingerprint = CellText.of(row.getCell(1)).strip();
                    if (row.getRowNum() > 0 && !school.isEmpty() && !fingerprint.isEmpty()) {
                        fingerprints.put(school, fingerprint);
                    }
                });
            }
            Sheet answers = workbook.getSheet(SheetLayout.CHOICES);
            if (answers != null) {
                choices(answers);
            }
        } catch (IOException | RuntimeException e) {
            // POI's reasons are in English and technical; the person needs to know what to do
            throw new SheetImport.NotAWorkbook("dit bestand is geen Excel-werkmap (.xlsx) of het is beschadigd;"
                    + " sla de invulsheet in Excel op als 'Excel-werkmap (.xlsx)'");
        }
        Map<String, SchoolChanges> changes = new LinkedHashMap<>();
        for (String school : schoolsSeen()) {
            changes.put(school, new SchoolChanges(values.getOrDefault(school, Map.of()), choices.getOrDefault(school, Map.of()),
                    parts.getOrDefault(school, Map.of()), Map.of()));
        }
        return new Read(changes, Map.copyOf(cells), List.copyOf(problems), Map.copyOf(fingerprints));
    }

    private List<String> schoolsSeen() {
        List<String> seen = new ArrayList<>();
        for (var map : List.of(values.keySet(), choices.keySet(), parts.keySet())) {
            map.stream().filter(id -> !seen.contains(id)).forEach(seen::add);
        }
        return seen;
    }

    private void fields(Sheet sheet) {
        Map<Integer, School> columns = columns(sheet, SheetLayout.FIELD_COLUMNS);
        columns.values().forEach(s -> values.putIfAbsent(s.id(), new LinkedHashMap<>()));
        Map<String, String> rowOf = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String idCell = SheetLayout.cell(sheet.getSheetName(), r, SheetLayout.FIELD_ID);
            String field = CellText.of(row.getCell(SheetLayout.FIELD_ID)).strip();
            if (field.isEmpty()) {
                if (columns.keySet().stream().anyMatch(c -> !CellText.of(row.getCell(c)).isBlank())) {
                    problems.add(new Problem(idCell, "deze rij heeft waarden maar geen veld-id in kolom B"));
                }
                continue;
            }
            Optional<String> unknown = rules.value(field, "");
            if (unknown.isPresent()) {
                problems.add(new Problem(idCell, unknown.get()));
                continue;
            }
            if (rowOf.putIfAbsent(field, idCell) != null) {
                problems.add(new Problem(idCell, "veld '" + field + "' staat al in " + rowOf.get(field) + "; elk veld mag maar één rij hebben"));
                continue;
            }
            for (var column : columns.entrySet()) {
                String school = column.getValue().id();
                String cell = SheetLayout.cell(sheet.getSheetName(), r, column.getKey());
                String value = CellText.of(row.getCell(column.getKey())).strip();
                cells.put(school + "|" + field, cell);
                rules.value(field, value).ifPresent(why -> problems.add(new Problem(cell, "school " + school + ", veld " + field + ": " + why)));
                values.get(school).put(field, value);
            }
        }
    }

    private void choices(Sheet sheet) {
        Map<Integer, School> columns = columns(sheet, SheetLayout.CHOICE_COLUMNS);
        Map<String, String> rowOf = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String idCell = SheetLayout.cell(sheet.getSheetName(), r, 0);
            String item = CellText.of(row.getCell(0)).strip();
            if (item.isEmpty()) {
                continue;
            }
            boolean choice = item.startsWith(SheetLayout.CHOICE_PREFIX);
            if (!choice && !item.startsWith(SheetLayout.PART_PREFIX)) {
                problems.add(new Problem(idCell, "onbekende rij '" + item + "'; kolom A hoort " + SheetLayout.CHOICE_PREFIX
                        + "<id> of " + SheetLayout.PART_PREFIX + "<id> te zijn"));
                continue;
            }
            String id = item.substring((choice ? SheetLayout.CHOICE_PREFIX : SheetLayout.PART_PREFIX).length()).strip();
            Optional<String> unknown = choice ? unknownChoice(id) : unknownPart(id);
            if (unknown.isPresent()) {
                problems.add(new Problem(idCell, unknown.get()));
                continue;
            }
            if (rowOf.putIfAbsent(item, idCell) != null) {
                problems.add(new Problem(idCell, "'" + item + "' staat al in " + rowOf.get(item) + "; elke keuze en elk onderdeel mag maar één rij hebben"));
                continue;
            }
            for (var column : columns.entrySet()) {
                School school = column.getValue();
                String cell = SheetLayout.cell(sheet.getSheetName(), r, column.getKey());
                String answer = CellText.of(row.getCell(column.getKey())).strip();
                cells.put(school.id() + "|" + id, cell);
                if (answer.isEmpty()) {
                    continue; // nothing chosen here: the school keeps what it has
                }
                if (choice) {
                    choice(school, id, answer, cell);
                } else {
                    part(school, id, answer, cell);
                }
            }
        }
    }

    private void choice(School school, String id, String answer, String cell) {
        Optional<String> why = rules.choice(id, answer);
        if (why.isPresent()) {
            problems.add(new Problem(cell, "school " + school.id() + ", keuze " + id + ": " + why.get()));
            return;
        }
        Choice known = content.framework().choices().get(id);
        if (!school.choices().containsKey(id) || !answer.equals(school.answer(known))) { // an answer, even the default, closes an open choice
            choices.computeIfAbsent(school.id(), s -> new LinkedHashMap<>()).put(id, answer);
        }
    }

    private void part(School school, String id, String answer, String cell) {
        String value = answer.toLowerCase(Locale.ROOT);
        if (!value.equals(SheetLayout.ON) && !value.equals(SheetLayout.OFF)) {
            problems.add(new Problem(cell, "school " + school.id() + ", onderdeel " + id + ": waarde '" + answer
                    + "' is geen " + SheetLayout.ON + " of " + SheetLayout.OFF));
            return;
        }
        boolean on = value.equals(SheetLayout.ON);
        boolean wasOn = school.optionalPartOn(id);
        if (on != wasOn) {
            parts.computeIfAbsent(school.id(), s -> new LinkedHashMap<>()).put(id, on);
        }
    }

    private Optional<String> unknownChoice(String id) {
        if (content.framework().choices().containsKey(id)) {
            return Optional.empty();
        }
        return Optional.of("onbekende keuze '" + id + "': het kader heeft deze keuze niet"
                + Ids.suggestion(id, content.framework().choices().keySet()));
    }

    private Optional<String> unknownPart(String id) {
        return rules.optionalPart(id, true).map(why -> why.replace(" kan niet worden uitgezet", " kan niet worden aan- of uitgezet"));
    }

    /** The school of each column after the fixed ones, by column; problems for the headers that are wrong. */
    private Map<Integer, School> columns(Sheet sheet, List<String> fixed) {
        Map<Integer, School> columns = new LinkedHashMap<>();
        Row header = sheet.getRow(0);
        if (header == null) {
            problems.add(new Problem(SheetLayout.cell(sheet.getSheetName(), 0, 0), "de kopregel ontbreekt"));
            return columns;
        }
        for (int c = 0; c < fixed.size(); c++) {
            String text = CellText.of(header.getCell(c)).strip();
            if (!text.equals(fixed.get(c))) {
                problems.add(new Problem(SheetLayout.cell(sheet.getSheetName(), 0, c), "kolom heet '" + text + "' maar hoort '"
                        + fixed.get(c) + "' te heten; verplaats of verwijder de eerste " + fixed.size() + " kolommen niet"));
                return columns;
            }
        }
        Map<String, String> seen = new HashMap<>();
        for (int c = fixed.size(); c < Math.max(header.getLastCellNum(), 0); c++) {
            String cell = SheetLayout.cell(sheet.getSheetName(), 0, c);
            Optional<String> id = SheetLayout.schoolId(CellText.of(header.getCell(c)));
            if (id.isEmpty()) {
                continue;
            }
            School school = schools.get(id.get());
            if (school == null) {
                problems.add(new Problem(cell, "onbekende school '" + id.get() + "' in de kop van deze kolom; bekend zijn: "
                        + String.join(", ", schools.keySet()) + Ids.suggestion(id.get(), schools.keySet())));
            } else if (seen.putIfAbsent(school.id(), cell) != null) {
                problems.add(new Problem(cell, "school " + school.id() + " heeft al een kolom (" + seen.get(school.id()) + ")"));
            } else {
                columns.put(c, school);
                cells.putIfAbsent(school.id() + "|", cell);
            }
        }
        return columns;
    }
}
