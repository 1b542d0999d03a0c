package nl.vplan.fill;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text a person meant by a spreadsheet cell. The sheet's cells are text ("@"), but Excel turns
 * what is typed into a cell without that format into a number or a date: a date becomes
 * {@code yyyy-mm-dd}, a whole number its digits (without ".0"), a fraction its digits with a point.
 * What the text means is for the field's rules to say (a phone number that lost its 0 is refused there).
 */
final class CellText {

    private CellText() {
    }

    /** The cell's text; "" for an empty (or absent) cell. */
    static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().replace("\r\n", "\n");
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nee";
            default -> "";
        };
    }

    static String date(LocalDateTime moment) {
        return moment.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
