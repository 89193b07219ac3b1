package io.kadens.frontend;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * A chart drawn by Apache ECharts from an option object given as JSON.
 *
 * <p>ECharts comes from its WebJar with a {@code context://} URL, which keeps it out of Vaadin's
 * frontend bundle: Kadens needs no Node build. The chart re-draws itself when resized.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Component implements HasSize {

    private String optionJson = "{}";

    public EChart(String ariaLabel) {
        addClassName("k-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        setWidthFull();
        setHeight("320px");
    }

    /** Sets the ECharts option object; see the ECharts option reference. */
    public void setOption(String json) {
        this.optionJson = json;
        if (isAttached()) {
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw();
    }

    private void draw() {
        getElement().executeJs("""
                const el = this;
                const render = () => {
                  if (!window.echarts) { setTimeout(render, 50); return; }
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
                  chart.setOption(JSON.parse($0), true);
                  if (!el.__kadensResize) {
                    el.__kadensResize = new ResizeObserver(() => chart.resize());
                    el.__kadensResize.observe(el);
                  }
                };
                render();
                """, optionJson);
    }
}
