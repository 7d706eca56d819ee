package io.demarc.reporting.export.pdf;

import java.util.List;
import java.util.Locale;

import io.demarc.reporting.rest.FrameworkPosture;

/**
 * Posture per framework as an SVG bar chart: one stacked bar per framework, split into inherited (AWS), passing and
 * attested (customer proved), failing, and the rest (unattested or not assessed), with the score at the end.
 */
final class PostureChart {

    static final String INHERITED = "#718096";
    static final String PROVED = "#2f855a";
    static final String FAILING = "#c53030";
    static final String OPEN = "#e2e8f0";
    private static final int LABEL = 150;
    private static final int BAR = 380;
    private static final int ROW = 26;

    private PostureChart() {
    }

    static String svg(List<FrameworkPosture> frameworks) {
        int height = 40 + ROW * frameworks.size();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\""
                + height + "\" viewBox=\"0 0 600 " + height + "\">");
        int y = 10;
        for (FrameworkPosture f : frameworks) {
            svg.append(text(4, y + 14, f.framework()));
            double x = LABEL;
            x = segment(svg, x, y, f.inherited(), f.total(), INHERITED);
            x = segment(svg, x, y, f.passing() + f.attested(), f.total(), PROVED);
            x = segment(svg, x, y, f.failing(), f.total(), FAILING);
            segment(svg, x, y, f.unattested() + f.notAssessed(), f.total(), OPEN);
            svg.append(text(LABEL + BAR + 8, y + 14, String.format(Locale.ROOT, "%.1f %%", f.score())));
            y += ROW;
        }
        legend(svg, y + 8);
        return svg.append("</svg>").toString();
    }

    private static double segment(StringBuilder svg, double x, int y, int count, int total, String color) {
        if (total == 0 || count == 0) {
            return x;
        }
        double width = BAR * (double) count / total;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>",
                x, y, width, color));
        return x + width;
    }

    private static void legend(StringBuilder svg, int y) {
        String[][] items = {{INHERITED, "inherited from AWS"}, {PROVED, "passing or attested"},
                {FAILING, "failing"}, {OPEN, "unattested or not assessed"}};
        int x = LABEL;
        for (String[] item : items) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(item[0]).append("\"/>");
            svg.append(text(x + 14, y + 9, item[1]));
            x += 110;
        }
    }

    static String text(int x, int y, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"10\" font-family=\"sans-serif\">" + Xml.escape(text)
                + "</text>";
    }
}
