package io.demarc.service.export;

import java.util.List;

/**
 * Text written into CSV files people open in spreadsheets. A cell that begins with {@code = + - @}, a tab or a carriage
 * return is run as a formula by Excel, LibreOffice and Google Sheets (CSV injection): a team name or a custom
 * control's title chosen by one user would execute on the machine of whoever opens the export. Such a cell is
 * written with a leading apostrophe, which every spreadsheet shows as text and hides; {@link #read} removes it again
 * when Demarc reads its own file back, so an export re-imported is unchanged.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The value as it may be written: a string that would start a formula gets a leading apostrophe. */
    public static Object write(Object value) {
        if (value instanceof CharSequence text && startsFormula(text.toString())) {
            return "'" + text;
        }
        return value;
    }

    /** Every value of a record, made safe to write. */
    public static List<Object> write(List<?> values) {
        return values.stream().map(SpreadsheetCells::write).toList();
    }

    /** A value read from a file Demarc wrote: the apostrophe {@link #write} added is removed. */
    public static String read(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && startsFormula(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
