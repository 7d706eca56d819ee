package io.demarc.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.reporting.rest.MatrixView;

/**
 * The XLSX export: sheet "Findings" (the same columns as the CSV), "Matrix" (types × domains, each cell the side and
 * the owner) and "Posture" (one row per framework). Streaming workbook: only a window of rows stays in memory.
 */
public final class FindingsXlsx {

    public static final String FINDINGS = "Findings";
    public static final String MATRIX = "Matrix";
    public static final String POSTURE = "Posture";
    private static final int ROWS_IN_MEMORY = 200;

    private FindingsXlsx() {
    }

    /** @param findings feeds the findings in batches to the consumer it is given */
    public static void write(OutputStream out, Consumer<Consumer<List<FindingRow>>> findings, MatrixView matrix,
            List<FrameworkPosture> posture) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            CellStyle header = headerStyle(workbook);
            SXSSFSheet findingSheet = workbook.createSheet(FINDINGS);
            row(findingSheet, 0, FindingColumns.headers(), header);
            int[] next = {1};
            findings.accept(batch -> batch.forEach(f -> row(findingSheet, next[0]++, FindingColumns.cells(f), null)));
            matrix(workbook.createSheet(MATRIX), matrix, header);
            posture(workbook.createSheet(POSTURE), posture, header);
            workbook.write(out);
        }
    }

    private static void matrix(SXSSFSheet sheet, MatrixView matrix, CellStyle header) {
        List<String> headers = new ArrayList<>(List.of("resource_type", "service_model", "resources"));
        headers.addAll(matrix.domains());
        row(sheet, 0, headers, header);
        int r = 1;
        for (MatrixView.Row type : matrix.types()) {
            List<String> cells = new ArrayList<>(List.of(type.resourceType(), String.valueOf(type.serviceModel()),
                    Long.toString(type.resources())));
            for (String domain : matrix.domains()) {
                cells.add(type.cells().stream().filter(c -> c.domain().equals(domain)).findFirst()
                        .map(FindingsXlsx::cellText).orElse(""));
            }
            row(sheet, r++, cells, null);
        }
    }

    /** {@code CUSTOMER: Network team}, {@code SHARED: UNOWNED}, {@code AWS}. */
    static String cellText(MatrixView.Cell cell) {
        if (cell.unowned()) {
            return cell.side() + ": UNOWNED";
        }
        return cell.owner() == null ? cell.side() : cell.side() + ": " + cell.owner().name();
    }

    private static void posture(SXSSFSheet sheet, List<FrameworkPosture> posture, CellStyle header) {
        row(sheet, 0, List.of("framework", "title", "version", "total", "inherited", "shared", "customer", "passing",
                "failing", "attested", "unattested", "not_assessed", "score"), header);
        int r = 1;
        for (FrameworkPosture p : posture) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(p.framework());
            row.createCell(1).setCellValue(p.title());
            row.createCell(2).setCellValue(p.version());
            int[] figures = {p.total(), p.inherited(), p.shared(), p.customer(), p.passing(), p.failing(),
                    p.attested(), p.unattested(), p.notAssessed()};
            for (int i = 0; i < figures.length; i++) {
                row.createCell(3 + i).setCellValue(figures[i]);
            }
            row.createCell(12).setCellValue(p.score());
        }
    }

    /** Every value is written as text, so nothing in a finding is ever taken for a formula. */
    private static void row(SXSSFSheet sheet, int index, List<String> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
