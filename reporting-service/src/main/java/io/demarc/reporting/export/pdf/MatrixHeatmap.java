package io.demarc.reporting.export.pdf;

import java.util.List;

import io.demarc.reporting.rest.MatrixView;

/**
 * The responsibility matrix as an SVG heat map: a row per resource type, a column per domain, each cell coloured by
 * who carries it, with unowned customer duties in red so they stand out.
 */
final class MatrixHeatmap {

    static final String AWS = "#a0aec0";
    static final String SHARED = "#ecc94b";
    static final String CUSTOMER = "#3182ce";
    static final String UNOWNED = "#e53e3e";
    static final String NONE = "#ffffff";
    private static final int LABEL = 170;
    private static final int CELL = 20;
    private static final int HEADER = 110;

    private MatrixHeatmap() {
    }

    static String svg(MatrixView matrix) {
        List<String> domains = matrix.domains();
        int width = LABEL + CELL * domains.size() + 10;
        int height = HEADER + CELL * matrix.types().size() + 30;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\">");
        for (int d = 0; d < domains.size(); d++) {
            int x = LABEL + d * CELL + 14;
            svg.append("<text transform=\"translate(").append(x).append(',').append(HEADER - 4)
                    .append(") rotate(-60)\" font-size=\"8\" font-family=\"sans-serif\">")
                    .append(Xml.escape(domains.get(d))).append("</text>");
        }
        int y = HEADER;
        for (MatrixView.Row row : matrix.types()) {
            svg.append(PostureChart.text(2, y + 14, row.resourceType()));
            for (int d = 0; d < domains.size(); d++) {
                String domain = domains.get(d);
                String color = row.cells().stream().filter(c -> c.domain().equals(domain)).findFirst()
                        .map(MatrixHeatmap::color).orElse(NONE);
                svg.append("<rect x=\"").append(LABEL + d * CELL).append("\" y=\"").append(y)
                        .append("\" width=\"").append(CELL - 2).append("\" height=\"").append(CELL - 2)
                        .append("\" fill=\"").append(color).append("\" stroke=\"#cbd5e0\"/>");
            }
            y += CELL;
        }
        String[][] legend = {{AWS, "AWS"}, {SHARED, "shared"}, {CUSTOMER, "customer"}, {UNOWNED, "unowned"}};
        int x = LABEL;
        for (String[] item : legend) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 8)
                    .append("\" width=\"10\" height=\"10\" fill=\"").append(item[0]).append("\"/>");
            svg.append(PostureChart.text(x + 14, y + 17, item[1]));
            x += 80;
        }
        return svg.append("</svg>").toString();
    }

    private static String color(MatrixView.Cell cell) {
        if (cell.unowned()) {
            return UNOWNED;
        }
        return switch (cell.side()) {
            case "AWS" -> AWS;
            case "SHARED" -> SHARED;
            case "CUSTOMER" -> CUSTOMER;
            default -> NONE;
        };
    }
}
