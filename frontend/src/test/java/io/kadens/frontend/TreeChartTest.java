package io.kadens.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TreeChartTest {

    /**
     * A complete tree of 10,000 nodes numbered like a heap: node n's children are 10n+1 .. 10n+10 (below
     * 10,000), the root is 0. Counts every children() call, which would be a query in the application.
     */
    static class Heap implements TreeChart.Source<Integer> {
        final List<Integer> loadedParents = new ArrayList<>();
        private final int size;

        Heap(int size) {
            this.size = size;
        }

        @Override
        public List<Integer> roots() {
            return List.of(0);
        }

        @Override
        public List<Integer> children(Integer parent) {
            loadedParents.add(parent);
            return IntStream.rangeClosed(10 * parent + 1, 10 * parent + 10).filter(n -> n < size).boxed().toList();
        }

        @Override
        public String id(Integer node) {
            return "n" + node;
        }

        @Override
        public String label(Integer node) {
            return "Person " + node;
        }

        @Override
        public String detail(Integer node) {
            return "title";
        }

        @Override
        public int childCount(Integer node) {
            return (int) IntStream.rangeClosed(10 * node + 1, 10 * node + 10).filter(n -> n < size).count();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theFirstViewIsTheRootAndTheLevelBelowNotTheWholeTree() {
        Heap heap = new Heap(10_000);
        TreeChart<Integer> chart = new TreeChart<>("Org chart", "Acme", heap);

        assertThat(heap.loadedParents).containsExactly(0);
        assertThat(chart.nodesShown()).isEqualTo(11);
        JsonNode root = JSON.readTree(chart.option()).get("series").get(0).get("data").get(0);
        assertThat(root.get("id").asString()).isEqualTo("n0");
        assertThat(root.get("children")).hasSize(10);
        JsonNode closed = root.get("children").get(0);
        assertThat(closed.has("children")).as("a closed node sends no children").isFalse();
        assertThat(closed.get("name").asString()).isEqualTo("Person 1 (+10)");
        assertThat(closed.get("symbol").asString()).isEqualTo("circle");
    }

    @Test
    void openingANodeLoadsItsChildrenOnceAndClosingHidesThem() {
        Heap heap = new Heap(10_000);
        TreeChart<Integer> chart = new TreeChart<>("Org chart", "Acme", heap);

        chart.toggle("n3");
        assertThat(heap.loadedParents).containsExactly(0, 3);
        assertThat(chart.nodesShown()).isEqualTo(21);
        assertThat(chart.expandedIds()).containsExactlyInAnyOrder("n0", "n3");

        chart.toggle("n3");
        assertThat(chart.nodesShown()).isEqualTo(11);
        chart.toggle("n3");
        assertThat(heap.loadedParents).as("children are loaded once").containsExactly(0, 3);
        assertThat(chart.nodesShown()).isEqualTo(21);
    }

    @Test
    void leavesAndUnknownIdsChangeNothing() {
        Heap heap = new Heap(100);
        TreeChart<Integer> chart = new TreeChart<>("Org chart", "Acme", heap);
        chart.toggle("n5");
        chart.toggle("n55");
        chart.toggle("n55"); // a leaf: nothing to load

        chart.toggle("n424242");
        chart.toggle(null);
        assertThat(heap.loadedParents).containsExactly(0, 5);
        assertThat(chart.expandedIds()).containsExactlyInAnyOrder("n0", "n5");
    }

    @Test
    void revealOpensThePathAndMarksThePerson() {
        Heap heap = new Heap(10_000);
        TreeChart<Integer> chart = new TreeChart<>("Org chart", "Acme", heap);

        assertThat(chart.reveal(List.of("n0", "n7", "n78", "n789"))).isTrue();

        assertThat(chart.expandedIds()).containsExactlyInAnyOrder("n0", "n7", "n78");
        assertThat(chart.highlightedId()).isEqualTo("n789");
        assertThat(chart.nodesShown()).isEqualTo(1 + 10 + 10 + 10);
        JsonNode found = JSON.readTree(chart.option()).findParents("id").stream()
                .filter(n -> n.get("id").asString().equals("n789")).findFirst().orElseThrow();
        assertThat(found.get("itemStyle")).isNotNull();
        assertThat(found.get("label").get("fontWeight").asString()).isEqualTo("bold");
    }

    @Test
    void aPathThatLeavesTheTreeRevealsNothing() {
        Heap heap = new Heap(10_000);
        TreeChart<Integer> chart = new TreeChart<>("Org chart", "Acme", heap);

        assertThat(chart.reveal(List.of("n0", "n7", "n99"))).isFalse();

        assertThat(chart.expandedIds()).containsExactly("n0");
        assertThat(chart.highlightedId()).isNull();
    }

    @Test
    void severalRootsHangUnderTheOrganisation() {
        TreeChart.Source<Integer> two = new Heap(10_000) {
            @Override
            public List<Integer> roots() {
                return List.of(1, 2);
            }
        };
        TreeChart<Integer> chart = new TreeChart<>("Org chart", "Acme", two);

        JsonNode top = JSON.readTree(chart.option()).get("series").get(0).get("data").get(0);
        assertThat(top.get("name").asString()).isEqualTo("Acme");
        assertThat(top.get("children")).hasSize(2);
        assertThat(chart.nodesShown()).isEqualTo(2);
        assertThat(chart.reveal(List.of("n2", "n21"))).isTrue();
        assertThat(chart.nodesShown()).isEqualTo(12);
    }
}
