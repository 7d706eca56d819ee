package io.demarc.ownership.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.demarc.ownership.service.Problems;
import io.demarc.ownership.service.Problems.LineError;
import io.demarc.service.export.SpreadsheetCells;

/** Reads and writes the CSV files of the API: a header line naming the columns, then one record per line. */
public final class CsvFile {

    private CsvFile() {
    }

    /** A record with the number of the line it starts on (the header is line 1). */
    public record Line(long number, CSVRecord record) {

        /**
         * The column's value, trimmed; null when empty or missing. The apostrophe an export put before a value that
         * would run as a spreadsheet formula is removed, so an exported file imports unchanged.
         */
        public String get(String column) {
            String value = record.isMapped(column) && record.isSet(column)
                    ? SpreadsheetCells.read(record.get(column).strip())
                    : null;
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /**
     * Parses the whole text.
     *
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 400 listing the lines at fault when the file is empty, lacks
     *         a required column or is not well-formed CSV
     */
    public static List<Line> read(String what, String text, List<String> required) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).build();
        List<Line> lines = new ArrayList<>();
        long consumed = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text == null ? "" : text), format)) {
            List<String> missing = required.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (missing.size() == required.size() && parser.getHeaderNames().isEmpty()) {
                throw Problems.badFile(what, List.of(new LineError(1, "the file is empty; the first line must name"
                        + " the columns " + String.join(",", required))));
            }
            if (!missing.isEmpty()) {
                throw Problems.badFile(what, List.of(new LineError(1, "the header lacks column(s) " + missing
                        + "; expected " + String.join(",", required))));
            }
            // A quoted value may span lines, so a record starts on the line after the one the previous record ended on.
            consumed = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                lines.add(new Line(consumed + 1, record));
                consumed = parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException | IOException | IllegalStateException | IllegalArgumentException e) {
            throw Problems.badFile(what, List.of(new LineError(consumed + 1,
                    "not well-formed CSV: " + rootMessage(e))));
        }
        return lines;
    }

    /** Writes the header and one record per row; values that would run as spreadsheet formulas are written as text. */
    public static <T> String write(List<String> header, List<T> rows, Function<T, List<?>> values) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n")
                        .build())) {
            for (T row : rows) {
                printer.printRecord(SpreadsheetCells.write(values.apply(row)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
