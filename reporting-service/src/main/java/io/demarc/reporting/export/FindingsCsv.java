package io.demarc.reporting.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.demarc.service.export.SpreadsheetCells;

/**
 * Findings as RFC 4180 CSV (comma, CRLF, quotes where needed) with a header row. A value that a spreadsheet would run
 * as a formula (a custom control's title starting with {@code =}, say) is written with a leading apostrophe
 * ({@link SpreadsheetCells}): people open these files in Excel, and a tenant's text must not execute there.
 */
public final class FindingsCsv implements Closeable {

    private final CSVPrinter printer;

    private FindingsCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the CSV on {@code out} by writing the header; closing it flushes but leaves {@code out} to its owner. */
    public static FindingsCsv to(Writer out) {
        try {
            CSVPrinter printer = CSVFormat.RFC4180.builder().setAutoFlush(false).get().print(out);
            printer.printRecord(FindingColumns.headers());
            return new FindingsCsv(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(List<FindingRow> rows) {
        try {
            for (FindingRow row : rows) {
                printer.printRecord(SpreadsheetCells.write(FindingColumns.cells(row)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
