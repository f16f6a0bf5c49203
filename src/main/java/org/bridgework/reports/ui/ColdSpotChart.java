package org.bridgework.reports.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.bridgework.platform.ui.EChart;
import org.bridgework.reports.ColdSpotLine;
import org.bridgework.reports.ColdSpotReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The cold spots as a scatter: deprivation decile across (1, the most deprived, on the left) and participation per
 * 1,000 residents up. Cold spots sit bottom left. Areas whose counts are hidden are not plotted, since a point
 * would show the hidden rate; the note under the chart says how many, and the table lists every area.
 */
final class ColdSpotChart {

    private ColdSpotChart() {
    }

    static void show(EChart chart, Paragraph note, ColdSpotReport report, BiFunction<String, Object[], String> text) {
        List<List<Object>> points = new ArrayList<>();
        long notPlotted = 0;
        for (ColdSpotLine line : report.lines()) {
            if (line.ranked() && line.participationPerThousand() != null) {
                points.add(List.of(line.name(), round(line.deprivationDecile()), round(line.participationPerThousand()),
                        line.score()));
            } else {
                notPlotted++;
            }
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("grid", Map.of("left", 56, "right", 24, "top", 24, "bottom", 56, "containLabel", true));
        option.put("dataset", Map.of("dimensions", List.of("name", "decile", "perThousand", "score"), "source", points));
        option.put("xAxis", Map.of("type", "value", "min", 1, "max", 10, "interval", 1,
                "name", text.apply("chart.x", new Object[0]), "nameLocation", "middle", "nameGap", 32));
        option.put("yAxis", Map.of("type", "value", "min", 0,
                "name", text.apply("chart.y", new Object[0]), "nameLocation", "middle", "nameGap", 44));
        option.put("series", List.of(Map.of("type", "scatter", "name", text.apply("chart.series", new Object[0]),
                "symbolSize", 14,
                "encode", Map.of("x", "decile", "y", "perThousand", "itemName", "name",
                        "tooltip", List.of("decile", "perThousand", "score")),
                "label", Map.of("show", points.size() <= 30, "formatter", "{b}", "position", "right", "fontSize", 11))));
        chart.setOption(option);
        chart.setDescription(text.apply("chart.description", new Object[]{points.size()}));
        note.setText(notPlotted == 0 ? text.apply("chart.allPlotted", new Object[0])
                : text.apply("chart.notPlotted", new Object[]{notPlotted}));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
