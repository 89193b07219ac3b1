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
            draw(true);
        }
    }

    /**
     * Changes the chart keeping what the user did with it (zoom and pan of a tree or graph): the option
     * is merged into the current one instead of replacing it.
     */
    public void updateOption(String json) {
        this.optionJson = json;
        if (isAttached()) {
            draw(false);
        }
    }

    /**
     * Calls the listener with the data item's {@code id} (or its name when it has none) when the user
     * clicks a data item, e.g. a node of a tree.
     */
    public com.vaadin.flow.shared.Registration addItemClickListener(java.util.function.Consumer<String> listener) {
        return getElement().addEventListener("k-chart-item-click", event -> {
            var detail = event.getEventData().get("event.detail");
            listener.accept(detail == null || detail.isNull() ? null : detail.asString());
        }).addEventData("event.detail");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw(true);
    }

    private void draw(boolean replace) {
        getElement().executeJs("""
                const el = this;
                const render = () => {
                  if (!window.echarts) { setTimeout(render, 50); return; }
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
                  chart.setOption(JSON.parse($0), $1);
                  if (!el.__kadensClick) {
                    // Clicks on data items go to the server as a DOM event (see addItemClickListener).
                    chart.on('click', p => el.dispatchEvent(new CustomEvent('k-chart-item-click',
                        {detail: String((p.data && p.data.id != null) ? p.data.id : p.name)})));
                    el.__kadensClick = true;
                  }
                  if (!el.__kadensResize) {
                    el.__kadensResize = new ResizeObserver(() => chart.resize());
                    el.__kadensResize.observe(el);
                  }
                };
                render();
                """, optionJson, replace);
    }
}
