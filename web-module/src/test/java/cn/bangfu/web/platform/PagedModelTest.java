package cn.bangfu.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.Page;
import cn.bangfu.web.platform.api.Listing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedModelTest {

    /** 45 numbered rows, paged like a boundary; remembers which pages it was asked for. */
    static class Rows implements Serializable {
        final List<String> calls = new ArrayList<>();

        Page<String> find(int page, int size, String sort) {
            calls.add(page + "/" + size + (sort == null ? "" : "/" + sort));
            List<String> all = IntStream.rangeClosed(1, 45).mapToObj(i -> "row" + i).toList();
            return new Page<>(all.subList(Math.min(page * size, 45), Math.min(page * size + size, 45)), 45);
        }
    }

    private final Rows rows = new Rows();
    private final PagedModel<String> model = new PagedModel<>(rows::find, r -> r, 20);

    @Test
    void aColumnSortIsPassedToTheBoundaryAndNotAnsweredFromTheUnsortedFirstPage() {
        model.count(Map.of());
        model.load(0, 20, Map.of("name", SortMeta.builder().field("name").order(SortOrder.DESCENDING).build()), Map.of());

        assertEquals(List.of("0/20", "0/20/-name"), rows.calls);
    }

    @Test
    void firstPageCostsOneBoundaryCall() {
        assertEquals(45, model.count(Map.of()));
        List<String> page = model.load(0, 20, Map.of(), Map.of());

        assertEquals("row1", page.get(0));
        assertEquals(20, page.size());
        assertEquals(45, model.getRowCount());
        assertEquals(List.of("0/20"), rows.calls);
    }

    @Test
    void aListCountedUpToItsCapSaysSoAndTheApiToo() {
        PagedModel<String> capped = new PagedModel<>((page, size, sort) -> new Page<>(List.of("a", "b"), 10_000, true), r -> r, 20);
        assertEquals(10_000, capped.count(Map.of()));
        assertTrue(capped.isCapped());
        assertFalse(model.isCapped());
        model.count(Map.of());
        assertFalse(model.isCapped());

        assertEquals(Boolean.TRUE, Listing.of(new Page<>(List.of("a"), 10_000, true)).totalCapped());
        assertNull(Listing.of(new Page<>(List.of("a"), 1)).totalCapped(), "absent from the JSON unless capped");
    }

    @Test
    void laterPagesAreFetchedFromTheBoundary() {
        model.count(Map.of());
        List<String> page = model.load(40, 20, Map.of(), Map.of());

        assertEquals(List.of("row41", "row42", "row43", "row44", "row45"), page);
        assertEquals(List.of("0/20", "2/20"), rows.calls);
    }

    @Test
    void aNewPageSizeIsNotServedFromTheCountedPage() {
        model.count(Map.of());
        List<String> page = model.load(0, 50, Map.of(), Map.of());

        assertEquals(45, page.size());
        assertEquals(List.of("0/20", "0/50"), rows.calls);
    }

    @Test
    void rowsAreFoundByTheirKeyAmongTheShownOnes() {
        model.setWrappedData(model.load(0, 20, Map.of(), Map.of()));

        assertEquals("row7", model.getRowData("row7"));
        assertNull(model.getRowData("row44"));
    }

    @Test
    void survivesSessionReplication() throws Exception {
        model.setWrappedData(model.load(0, 20, Map.of(), Map.of()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        @SuppressWarnings("unchecked")
        PagedModel<String> copy = (PagedModel<String>) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();

        assertEquals(45, copy.count(Map.of()));
        assertEquals("row21", copy.load(20, 20, Map.of(), Map.of()).get(0));
    }
}
