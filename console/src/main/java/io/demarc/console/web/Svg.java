package io.demarc.console.web;

import java.util.List;
import java.util.Locale;

/**
 * Small SVG charts drawn on the server, so pages need no charting script. Every chart has a title for screen
 * readers, and every page that shows one also shows its numbers as text.
 */
public final class Svg {

    /** One part of a stacked bar: a label, its count, and the CSS class that colours it. */
    public record Part(String label, long value, String cssClass) {
    }

    /** A point of a line: a label for its title and a value between 0 and max. */
    public record Point(String label, double value) {
    }

    private Svg() {
    }

    /** A horizontal bar split into parts in proportion; an empty bar when all are zero. */
    public static String stackedBar(String title, List<Part> parts, int width, int height) {
        long total = parts.stream().mapToLong(Part::value).sum();
        StringBuilder svg = open(title, width, height);
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" class=\"bar-empty\" fill=\"#e2e3e5\"/>");
        double x = 0;
        for (Part part : parts) {
            if (total == 0 || part.value() == 0) {
                continue;
            }
            double w = width * (double) part.value() / total;
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"0\" width=\"").append(fmt(w))
                    .append("\" height=\"").append(height).append("\" class=\"").append(escape(part.cssClass()))
                    .append("\" fill=\"").append(fill(part.cssClass())).append("\"><title>")
                    .append(escape(part.label())).append(": ").append(part.value()).append("</title></rect>");
            x += w;
        }
        return svg.append("</svg>").toString();
    }

    /** A line over the points, scaled to 0..max; a flat baseline when there are fewer than two points. */
    public static String line(String title, List<Point> points, double max, int width, int height) {
        StringBuilder svg = open(title, width, height);
        svg.append("<line x1=\"0\" y1=\"").append(height - 1).append("\" x2=\"").append(width).append("\" y2=\"")
                .append(height - 1).append("\" stroke=\"#d0d7de\"/>");
        if (points.size() >= 2 && max > 0) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = (double) i * (width - 2) / (points.size() - 1) + 1;
                double y = (height - 2) - Math.min(points.get(i).value(), max) / max * (height - 4) + 1;
                path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\"/>");
            Point last = points.get(points.size() - 1);
            svg.append("<title>").append(escape(title)).append(": ").append(escape(last.label())).append(' ')
                    .append(fmt(last.value())).append("</title>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-label=\"").append(escape(title)).append("\">");
    }

    /** The fill of a part's class, the same colours as console.css (SVG fills cannot come from a stylesheet class
     * in every viewer, and inline styles are refused by the page's CSP). */
    static String fill(String cssClass) {
        return switch (cssClass) {
            case "aws", "inherited", "pass", "passing" -> "#2e8b57";
            case "shared" -> "#d4a72c";
            case "customer" -> "#2f6fbf";
            case "fail", "failing" -> "#c0392b";
            case "attested" -> "#6aa84f";
            case "unattested" -> "#e69138";
            default -> "#9aa0a6";
        };
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
