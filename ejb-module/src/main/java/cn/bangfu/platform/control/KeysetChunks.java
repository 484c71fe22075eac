package cn.bangfu.platform.control;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Records read a chunk at a time as the caller iterates, each chunk the records after the last one
 * of the chunk before (keyset paging): the last chunk costs the same query as the first, and only
 * one chunk is in memory.
 */
public final class KeysetChunks {

    private KeysetChunks() {
    }

    /**
     * @param chunk     the most records one load returns; a shorter chunk is the last
     * @param loadAfter the chunk after the given record, or the first chunk for null
     */
    public static <T> Iterable<T> of(int chunk, Function<T, List<T>> loadAfter) {
        return () -> new Iterator<>() {
            private List<T> loaded = List.of();
            private int index;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                if (index == loaded.size() && more) {
                    loaded = loadAfter.apply(loaded.isEmpty() ? null : loaded.get(loaded.size() - 1));
                    index = 0;
                    more = loaded.size() == chunk;
                }
                return index < loaded.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return loaded.get(index++);
            }
        };
    }
}
