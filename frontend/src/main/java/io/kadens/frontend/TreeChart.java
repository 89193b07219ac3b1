package io.kadens.frontend;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hierarchy drawn as an ECharts tree that loads on demand: the browser gets only the nodes on screen
 * (the roots and the children of expanded nodes), and clicking a node asks the server for its children.
 * So it stays small and fast however large the hierarchy is (10,000 people is a few dozen nodes at a time).
 * Pan and zoom with the mouse, touch or wheel ({@code roam}); the view is kept when nodes open or close.
 *
 * <p>The canvas is not keyboard-usable; a page that shows a tree chart also shows the same hierarchy in an
 * accessible form (a tree grid or a list) and offers a search, which {@link #reveal} follows here.
 *
 * @param <T> the node type
 */
public class TreeChart<T> extends Div {

    /** Where the nodes come from. Children are asked for only when a node is opened. */
    public interface Source<T> {
        List<T> roots();

        List<T> children(T parent);

        String id(T node);

        /** The text at the node. */
        String label(T node);

        /** The tooltip's second line (e.g. a job title and a headcount), or null. */
        String detail(T node);

        /** How many children the node has; more than zero makes it expandable. */
        int childCount(T node);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROOT = "";

    private final Source<T> source;
    private final String rootLabel;
    private final EChart chart;
    private final Map<String, T> nodes = new HashMap<>();
    private final Map<String, List<T>> children = new HashMap<>();
    private final Set<String> expanded = new HashSet<>();
    private String highlighted;
    private int nodesShown;

    /**
     * @param ariaLabel what the chart shows, for screen readers (who use the page's accessible alternative)
     * @param rootLabel the label of the node drawn above several roots (e.g. the organisation's name)
     */
    public TreeChart(String ariaLabel, String rootLabel, Source<T> source) {
        this.source = source;
        this.rootLabel = rootLabel;
        this.chart = new EChart(ariaLabel);
        addClassName("k-tree-chart");
        chart.setHeight("560px");
        chart.addItemClickListener(this::toggle);
        add(chart);
        List<T> roots = source.roots();
        remember(roots);
        children.put(ROOT, roots);
        expanded.add(ROOT);
        // A single root opens at once: the first view shows the top and the level under it.
        if (roots.size() == 1 && source.childCount(roots.getFirst()) > 0) {
            expand(source.id(roots.getFirst()));
        }
        chart.setOption(option());
    }

    /** Opens a closed node (loading its children the first time) or closes an open one. */
    public void toggle(String id) {
        if (id == null || ROOT.equals(id) || !nodes.containsKey(id)) {
            return;
        }
        if (expanded.contains(id)) {
            expanded.remove(id);
        } else if (source.childCount(nodes.get(id)) > 0) {
            expand(id);
        }
        chart.updateOption(option());
    }

    /**
     * Opens every node on the path and marks its last node, e.g. a person found by a search.
     *
     * @param path node ids from a root down to the node to show
     * @return false when the path leaves the loaded hierarchy (nothing changes then)
     */
    public boolean reveal(List<String> path) {
        List<String> opened = new ArrayList<>();
        String parent = ROOT;
        for (String id : path) {
            if (children.getOrDefault(parent, List.of()).stream().noneMatch(n -> source.id(n).equals(id))) {
                opened.forEach(expanded::remove);
                return false;
            }
            if (!id.equals(path.getLast())) {
                if (expanded.add(id)) {
                    opened.add(id);
                }
                children.computeIfAbsent(id, key -> load(nodes.get(key)));
            }
            parent = id;
        }
        highlighted = path.isEmpty() ? null : path.getLast();
        chart.updateOption(option());
        return true;
    }

    /** The ECharts option for what is open now: only the visible nodes. */
    public String option() {
        nodesShown = 0;
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "item").put("triggerOn", "mousemove").put("formatter", "{b}<br/>{c}");
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "tree").put("id", "tree").put("orient", "LR").put("roam", true)
                .put("expandAndCollapse", false).put("initialTreeDepth", -1)
                .put("symbolSize", 10).put("animationDurationUpdate", 300)
                .put("left", "12%").put("right", "22%").put("top", "4%").put("bottom", "4%");
        series.putObject("label").put("position", "left").put("verticalAlign", "middle").put("align", "right")
                .put("fontSize", 12);
        series.putObject("leaves").putObject("label").put("position", "right").put("verticalAlign", "middle")
                .put("align", "left");
        series.putObject("emphasis").put("focus", "descendant");
        ArrayNode data = series.putArray("data");
        List<T> roots = children.get(ROOT);
        if (roots.size() == 1) {
            data.add(node(roots.getFirst()));
        } else {
            ObjectNode top = data.addObject();
            top.put("id", ROOT).put("name", rootLabel);
            ArrayNode list = top.putArray("children");
            roots.forEach(root -> list.add(node(root)));
        }
        return option.toString();
    }

    /** How many nodes the last option carried: what the browser was sent. */
    public int nodesShown() {
        return nodesShown;
    }

    /** The ids of the open nodes, e.g. for a test. */
    public Set<String> expandedIds() {
        Set<String> open = new HashSet<>(expanded);
        open.remove(ROOT);
        return open;
    }

    public String highlightedId() {
        return highlighted;
    }

    public EChart chart() {
        return chart;
    }

    private void expand(String id) {
        children.computeIfAbsent(id, key -> load(nodes.get(key)));
        expanded.add(id);
    }

    private List<T> load(T parent) {
        List<T> loaded = source.children(parent);
        remember(loaded);
        return loaded;
    }

    private void remember(List<T> loaded) {
        loaded.forEach(node -> nodes.put(source.id(node), node));
    }

    private ObjectNode node(T node) {
        nodesShown++;
        String id = source.id(node);
        int count = source.childCount(node);
        boolean open = expanded.contains(id);
        ObjectNode json = JSON.createObjectNode();
        json.put("id", id);
        // A closed node that has children says how many: the reason to click it.
        json.put("name", count > 0 && !open ? source.label(node) + " (+" + count + ")" : source.label(node));
        String detail = source.detail(node);
        if (detail != null) {
            json.put("value", detail);
        }
        json.put("symbol", count > 0 && !open ? "circle" : "emptyCircle");
        if (id.equals(highlighted)) {
            json.put("symbolSize", 16);
            json.putObject("itemStyle").put("color", "#b35c00").put("borderColor", "#b35c00");
            json.putObject("label").put("fontWeight", "bold").put("backgroundColor", "#fff3d6")
                    .put("padding", 3).put("borderRadius", 3);
        }
        if (open) {
            ArrayNode list = json.putArray("children");
            children.getOrDefault(id, List.of()).forEach(child -> list.add(node(child)));
        }
        return json;
    }
}
