package io.demarc.reporting.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.reporting.rest.MatrixView;

/**
 * The PDF report, rendered on the server from XHTML: posture per framework (bar chart and table) and the
 * responsibility matrix as a heat map. The SVG drawer must be set or openhtmltopdf silently leaves the charts out.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static void write(OutputStream out, String tenantId, LocalDate asOf, List<FrameworkPosture> posture,
            MatrixView matrix) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(html(tenantId, asOf, posture, matrix), null);
        builder.toStream(out);
        builder.run();
    }

    static String html(String tenantId, LocalDate asOf, List<FrameworkPosture> posture, MatrixView matrix) {
        StringBuilder html = new StringBuilder("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
                @page { size: A4; margin: 18mm; }
                body { font-family: sans-serif; font-size: 10pt; }
                h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; }
                table { border-collapse: collapse; width: 100%; }
                td, th { border: 1px solid #cbd5e0; padding: 2pt 4pt; text-align: right; }
                td.l, th.l { text-align: left; }
                .matrix { page-break-before: always; }
                </style></head><body>
                """);
        html.append("<h1>Demarc posture report: ").append(Xml.escape(tenantId)).append("</h1>");
        html.append("<p>As of ").append(asOf).append(" (UTC). Requirements AWS carries are inherited; the customer ")
                .append("proves its part by passing automated controls or by attestation.</p>");
        html.append("<h2>Posture per framework</h2>").append(PostureChart.svg(posture));
        html.append("<table><tr><th class=\"l\">Framework</th><th>Total</th><th>Inherited</th><th>Passing</th>")
                .append("<th>Failing</th><th>Attested</th><th>Unattested</th><th>Not assessed</th><th>Score</th></tr>");
        for (FrameworkPosture f : posture) {
            html.append("<tr><td class=\"l\">").append(Xml.escape(f.title())).append("</td>");
            for (int figure : new int[]{f.total(), f.inherited(), f.passing(), f.failing(), f.attested(),
                    f.unattested(), f.notAssessed()}) {
                html.append("<td>").append(figure).append("</td>");
            }
            html.append("<td>").append(String.format(Locale.ROOT, "%.1f", f.score())).append("</td></tr>");
        }
        html.append("</table>");
        html.append("<div class=\"matrix\"><h2>Responsibility matrix</h2><p>").append(matrix.types().size())
                .append(" resource types in use; ").append(matrix.unownedDuties())
                .append(" customer or shared duties without an owner.</p>").append(MatrixHeatmap.svg(matrix))
                .append("</div>");
        return html.append("</body></html>").toString();
    }
}
