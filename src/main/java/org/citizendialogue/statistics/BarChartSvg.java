package org.citizendialogue.statistics;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A bar chart as an SVG document, drawn on the server from numbers (no frontend bundle, no chart
 * library). Labels are escaped as XML text, so even a title typed by a person cannot become
 * markup; the page shows the chart as an image with a text alternative and a table beside it.
 */
public final class BarChartSvg {

    /** One bar: its label under the axis (may be empty) and its value. */
    public record Bar(String label, long value) {}

    private static final int HEIGHT = 200;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    private static final int LEFT = 36;

    private BarChartSvg() {}

    /** The SVG markup; {@code title} becomes the SVG's own accessible title. */
    public static String svg(String title, List<Bar> bars) {
        int slot = bars.size() > 24 ? 12 : 40;
        int width = LEFT + Math.max(1, bars.size()) * slot + 10;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(0));
        int plot = HEIGHT - TOP - BOTTOM;
        var svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ")
                .append(width)
                .append(' ')
                .append(HEIGHT)
                .append("' width='")
                .append(width)
                .append("' height='")
                .append(HEIGHT)
                .append("' font-family='sans-serif' font-size='11'>");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<line x1='")
                .append(LEFT)
                .append("' y1='")
                .append(TOP + plot)
                .append("' x2='")
                .append(width - 5)
                .append("' y2='")
                .append(TOP + plot)
                .append("' stroke='#555'/>");
        svg.append("<text x='")
                .append(LEFT - 4)
                .append("' y='")
                .append(TOP + 4)
                .append("' text-anchor='end'>")
                .append(max)
                .append("</text>");
        svg.append("<text x='")
                .append(LEFT - 4)
                .append("' y='")
                .append(TOP + plot)
                .append("' text-anchor='end'>0</text>");
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int h = (int) Math.round((double) bar.value() / max * plot);
            int x = LEFT + i * slot + 2;
            svg.append("<rect x='")
                    .append(x)
                    .append("' y='")
                    .append(TOP + plot - h)
                    .append("' width='")
                    .append(slot - 4)
                    .append("' height='")
                    .append(h)
                    .append("' fill='#1a5fb4'/>");
            if (bar.value() > 0 && slot >= 20) {
                svg.append("<text x='")
                        .append(x + (slot - 4) / 2)
                        .append("' y='")
                        .append(TOP + plot - h - 3)
                        .append("' text-anchor='middle'>")
                        .append(bar.value())
                        .append("</text>");
            }
            if (!bar.label().isEmpty()) {
                svg.append("<text x='")
                        .append(x + (slot - 4) / 2)
                        .append("' y='")
                        .append(TOP + plot + 14)
                        .append("' text-anchor='middle'>")
                        .append(escape(bar.label()))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The SVG as a data: URI for an image source. */
    public static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&apos;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
