package org.bridgework.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Apache ECharts chart ({@code frontend/components/bw-chart.ts}), given an ECharts option as plain maps and lists.
 * A chart is never the only way to read a figure: the view that shows one also shows its numbers as a table, and
 * {@link #setDescription} gives screen readers a one-sentence summary.
 */
@Tag("bw-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/bw-chart.ts")
public class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Map<String, Object> option = Map.of();
    private String description;

    public EChart() {
        getElement().setAttribute("role", "img");
        setWidthFull();
        setHeight("24rem");
    }

    /** The ECharts option (https://echarts.apache.org/en/option.html) as maps, lists, strings and numbers. */
    public void setOption(Map<String, ?> option) {
        this.option = new LinkedHashMap<>(option);
        update();
    }

    public String getOption() {
        return getElement().getProperty("option", "");
    }

    /**
     * What the chart shows, in one sentence, for screen readers. ECharts writes its aria label onto the element
     * itself, so the sentence goes into the option's aria description too, or ECharts would replace it.
     */
    public void setDescription(String description) {
        this.description = description;
        getElement().setAttribute("aria-label", description);
        update();
    }

    private void update() {
        Map<String, Object> full = new LinkedHashMap<>(option);
        if (description != null) {
            full.put("aria", Map.of("enabled", true, "label", Map.of("description", description)));
        }
        getElement().setProperty("option", JSON.writeValueAsString(full));
    }
}
