package nl.vplan.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a spreadsheet cell means as a value: Excel's numbers and dates back to the text a person typed. */
class CellTextTest {

    @Test
    void textNumbersAndDatesBecomeTheTextThatWasTyped() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row row = book.createSheet().createRow(0);
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            Cell date = row.createCell(0);
            date.setCellStyle(dateStyle);
            date.setCellValue(LocalDate.of(2026, 9, 1));
            row.createCell(1).setCellValue(412.0);
            row.createCell(2).setCellValue(123456789.0); // a phone number that lost its 0
            row.createCell(3).setCellValue(2.5);
            row.createCell(4).setCellValue("012-3456789");
            row.createCell(5).setCellValue("Straat 1\r\n1234 AB Plaats");
            row.createCell(6).setCellFormula("1+1");
            row.createCell(7).setCellValue(true);

            assertThat(CellText.of(date)).isEqualTo("2026-09-01");
            assertThat(CellText.of(row.getCell(1))).isEqualTo("412");
            assertThat(CellText.of(row.getCell(2))).isEqualTo("123456789");
            assertThat(CellText.of(row.getCell(3))).isEqualTo("2.5");
            assertThat(CellText.of(row.getCell(4))).isEqualTo("012-3456789");
            assertThat(CellText.of(row.getCell(5))).isEqualTo("Straat 1\n1234 AB Plaats");
            assertThat(CellText.of(row.getCell(6))).isEqualTo("0"); // a formula: its cached result (none yet)
            assertThat(CellText.of(row.getCell(7))).isEqualTo("ja");
            assertThat(CellText.of(row.createCell(8))).isEmpty();
            assertThat(CellText.of(null)).isEmpty();
        }
    }

    @Test
    void theSchoolIdIsReadFromAColumnHeader() {
        assertThat(SheetLayout.schoolId("Basisschool De Regenboog (de-regenboog)")).contains("de-regenboog");
        assertThat(SheetLayout.schoolId("Kindcentrum (Noord) (de-wilgen) ")).contains("de-wilgen");
        assertThat(SheetLayout.schoolId("het-kompas")).contains("het-kompas");
        assertThat(SheetLayout.schoolId("  ")).isEmpty();
        assertThat(SheetLayout.cell("Velden", 13, 3)).isEqualTo("Velden!D14");
    }
}
