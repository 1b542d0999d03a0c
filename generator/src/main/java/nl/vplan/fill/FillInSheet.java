package nl.vplan.fill;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import nl.vplan.load.SchoolRules;
import nl.vplan.model.Choice;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.Part;
import nl.vplan.model.School;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the board's spreadsheet: sheet "Velden" with a row per field of velden.yml (catalogue
 * order) and a column per school holding its value, open cells light yellow; sheet "Keuzes" with a
 * row per choice and per optional part, each school's answer picked from a list. Every school cell
 * is text ("@"), so that a phone number keeps its leading 0. {@link FillInSheetReader} reads it back.
 */
public final class FillInSheet {

    /** What was written: rows of each sheet, schools, and the open cells among the values. */
    public record Written(int fields, int choices, int parts, int schools, int open) {
    }

    private final Framework framework;

    public FillInSheet(Framework framework) {
        this.framework = framework;
    }

    /** Writes the sheet for {@code schools} to {@code out} (replacing it only once it is complete). */
    public Written write(List<School> schools, Path out) throws IOException {
        Map<String, String> appearances = Appearances.of(framework, schools);
        Written written;
        Path target = out.toAbsolutePath().normalize();
        Path temp = AtomicFiles.besides(target, ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            int open = fields(workbook.createSheet(SheetLayout.FIELDS), styles, schools, appearances);
            int[] rows = choices(workbook.createSheet(SheetLayout.CHOICES), styles, schools);
            origin(workbook, schools);
            written = new Written(framework.fields().size(), rows[0], rows[1], schools.size(), open);
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return written;
    }

    private int fields(Sheet sheet, Styles styles, List<School> schools, Map<String, String> appearances) {
        header(sheet, styles, SheetLayout.FIELD_COLUMNS, schools);
        int open = 0;
        int r = 1;
        for (Field field : framework.fields().values()) {
            if (field.boardSet()) {
                continue; // the board's value: no school fills it in
            }
            Row row = sheet.createRow(r++);
            info(row, 0, field.label(), styles);
            info(row, 1, field.id(), styles);
            info(row, 2, field.type().id(), styles);
            info(row, 3, field.klasse().id(), styles);
            info(row, 4, appearances.getOrDefault(field.id(), "(komt nergens voor)"), styles);
            int c = SheetLayout.FIELD_COLUMNS.size();
            for (School school : schools) {
                String value = school.values().getOrDefault(field.id(), "");
                Cell cell = row.createCell(c++);
                cell.setCellValue(value);
                cell.setCellStyle(value.isBlank() ? styles.open : styles.value);
                if (value.isBlank()) {
                    open++;
                }
            }
        }
        widths(sheet, new int[] {48, 30, 10, 13, 50}, schools.size());
        sheet.createFreezePane(1, 1);
        return open;
    }

    /** Rows of choices and optional parts; returns their numbers. */
    private int[] choices(Sheet sheet, Styles styles, List<School> schools) {
        header(sheet, styles, SheetLayout.CHOICE_COLUMNS, schools);
        int first = SheetLayout.CHOICE_COLUMNS.size();
        int r = 1;
        for (Choice choice : framework.choices().values()) {
            Row row = sheet.createRow(r++);
            info(row, 0, SheetLayout.CHOICE_PREFIX + choice.id(), styles);
            info(row, 1, choice.vraag(), styles);
            StringBuilder options = new StringBuilder();
            choice.opties().forEach((id, text) -> options.append(options.length() == 0 ? "" : "; ").append(id).append(" = ").append(text));
            info(row, 2, options + " (standaard: " + choice.standaard() + ")", styles);
            int c = first;
            for (School school : schools) {
                // an unanswered choice is an empty (open) cell: its default applies until someone picks one
                String answer = school.choices().getOrDefault(choice.id(), "");
                Cell cell = row.createCell(c++);
                cell.setCellValue(answer);
                cell.setCellStyle(answer.isEmpty() ? styles.open : styles.value);
            }
            dropdown(sheet, row.getRowNum(), first, schools.size(), choice.opties().keySet().toArray(String[]::new));
        }
        int choices = r - 1;
        for (String id : new SchoolRules(framework).optionalParts()) {
            Row row = sheet.createRow(r++);
            info(row, 0, SheetLayout.PART_PREFIX + id, styles);
            info(row, 1, title(id), styles);
            info(row, 2, SheetLayout.ON + "; " + SheetLayout.OFF, styles);
            int c = first;
            for (School school : schools) {
                Cell cell = row.createCell(c++);
                boolean on = school.optionalPartOn(id);
                cell.setCellValue(on ? SheetLayout.ON : SheetLayout.OFF);
                cell.setCellStyle(styles.value);
            }
            dropdown(sheet, row.getRowNum(), first, schools.size(), new String[] {SheetLayout.ON, SheetLayout.OFF});
        }
        widths(sheet, new int[] {30, 48, 60}, schools.size());
        sheet.createFreezePane(1, 1);
        return new int[] {choices, r - 1 - choices};
    }

    /**
     * The hidden sheet that lets {@link SheetImport} see that a school.yml changed after the sheet
     * was made, so that reading the sheet back never silently undoes that change.
     */
    private static void origin(XSSFWorkbook workbook, List<School> schools) {
        Sheet sheet = workbook.createSheet(SheetLayout.ORIGIN);
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("school");
        header.createCell(1).setCellValue("school.yml (SHA-256) bij het maken van deze invulsheet");
        int r = 1;
        for (School school : schools) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(school.id());
            row.createCell(1).setCellValue(SheetLayout.fingerprint(school.dir()));
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
    }

    private String title(String partId) {
        for (var document : framework.documents()) {
            for (Part part : document.parts()) {
                if (part.id().equals(partId) && part instanceof Part.FilePart file) {
                    return document.titel() + ": " + Appearances.partTitle(file.file(), partId);
                }
            }
        }
        return partId;
    }

    private static void header(Sheet sheet, Styles styles, List<String> columns, List<School> schools) {
        Row row = sheet.createRow(0);
        int c = 0;
        for (String column : columns) {
            Cell cell = row.createCell(c++);
            cell.setCellValue(column);
            cell.setCellStyle(styles.header);
        }
        for (School school : schools) {
            Cell cell = row.createCell(c++);
            cell.setCellValue(SheetLayout.header(school));
            cell.setCellStyle(styles.header);
        }
    }

    private static void info(Row row, int column, String text, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.info);
    }

    private static void dropdown(Sheet sheet, int row, int firstColumn, int columns, String[] options) {
        if (columns == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(options),
                new CellRangeAddressList(row, row, firstColumn, firstColumn + columns - 1));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Geen geldig antwoord", "Kies een van: " + String.join(", ", options));
        validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        sheet.addValidationData(validation);
    }

    private static void widths(Sheet sheet, int[] fixed, int schools) {
        for (int i = 0; i < fixed.length; i++) {
            sheet.setColumnWidth(i, fixed[i] * 256);
        }
        for (int i = 0; i < schools; i++) {
            sheet.setColumnWidth(fixed.length + i, 32 * 256);
        }
    }

    /** The cell styles: bold header, grey read-only information, text values, open values light yellow. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle info;
        final CellStyle value;
        final CellStyle open;

        Styles(XSSFWorkbook workbook) {
            short text = workbook.createDataFormat().getFormat("@");
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setBorderBottom(BorderStyle.THIN);
            header.setDataFormat(text);
            info = workbook.createCellStyle();
            info.setWrapText(true);
            info.setVerticalAlignment(VerticalAlignment.TOP);
            info.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            info.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            info.setDataFormat(text);
            value = workbook.createCellStyle();
            value.setWrapText(true);
            value.setVerticalAlignment(VerticalAlignment.TOP);
            value.setDataFormat(text);
            open = workbook.createCellStyle();
            open.cloneStyleFrom(value);
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
