package org.ustoz.core.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total number of items in the whole list.
 *
 * @param items the items of this page, never {@code null}
 * @param page zero-based page number
 * @param size requested page size
 * @param totalItems items in the whole list
 * @param <T> item type
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    /** Number of pages in the whole list. */
    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }

    /** The same page with every item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
