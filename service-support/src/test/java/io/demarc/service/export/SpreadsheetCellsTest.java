package io.demarc.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"})
    void aCellThatWouldRunAsAFormulaIsWrittenAsTextAndReadBackUnchanged(String cell) {
        Object written = SpreadsheetCells.write(cell);

        assertThat(written).isEqualTo("'" + cell);
        assertThat(SpreadsheetCells.read((String) written)).isEqualTo(cell);
    }

    @Test
    void ordinaryValuesAreLeftAlone() {
        assertThat(SpreadsheetCells.write(Arrays.asList("Platform team", "", 42L, null, "a=b", "'quoted")))
                .containsExactly("Platform team", "", 42L, null, "a=b", "'quoted");
        assertThat(SpreadsheetCells.read("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetCells.read("'")).isEqualTo("'");
        assertThat(SpreadsheetCells.read(null)).isNull();
    }

    @Test
    void numbersAreNotFormulasEvenWhenNegative() {
        assertThat(SpreadsheetCells.write(List.of(-5L, -0.5d))).containsExactly(-5L, -0.5d);
    }
}
