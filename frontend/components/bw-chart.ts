// The one wrapper around Apache ECharts. Java sets `option` (ECharts option as JSON text); the element draws it as
// SVG, redraws on resize, and turns on ECharts' aria description. The Java side always shows a data table as well,
// so a chart is never the only way to read a figure.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, ScatterChart, AriaComponent, DatasetComponent, GridComponent, LegendComponent,
  MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent, SVGRenderer,
]);

class BwChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private optionText = '';

  static get observedAttributes() {
    return ['option'];
  }

  get option(): string {
    return this.optionText;
  }

  set option(value: string) {
    this.optionText = value ?? '';
    this.render();
  }

  attributeChangedCallback(_name: string, _old: string | null, value: string | null) {
    this.option = value ?? '';
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render() {
    if (!this.chart || !this.optionText) {
      return;
    }
    const option = JSON.parse(this.optionText);
    option.aria = { enabled: true, ...(option.aria ?? {}) };
    this.chart.setOption(option, { notMerge: true });
  }
}

if (!customElements.get('bw-chart')) {
  customElements.define('bw-chart', BwChart);
}
