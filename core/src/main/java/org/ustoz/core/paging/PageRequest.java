package org.ustoz.core.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a list to read: a zero-based page number and a page size of 1 to 500.
 *
 * @param page zero-based page number
 * @param size items per page
 */
public record PageRequest(@Min(0) int page, @Min(1) @Max(MAX_SIZE) int size) {

    /** The largest page a list service returns. */
    public static final int MAX_SIZE = 500;

    /** The first page of the given size. */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The offset of the first item of this page. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
