package org.jiebang.platform.persistence;

import java.io.Serializable;
import java.util.List;
import java.util.function.LongSupplier;

/** One page of a list, as SPEC §10 answers lists: {@code {"items", "total", "page", "size"}}; pages count from 0. */
public record Page<T>(List<T> items, long total, int page, int size) implements Serializable {

    public static final int MAX_SIZE = 100;

    /** The first row of {@code page} at {@code size}, after bounding both. */
    public static int firstRow(int page, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.max(page, 0) * boundedSize(size));
    }

    public static int boundedSize(int size) {
        return size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    /**
     * The number of all items, given that the query of {@code page} at {@code size} read
     * {@code read} rows: a first page that is not full holds them all, so only a fuller or later
     * page asks {@code count} (one statement fewer on most lists, which fit in their first page).
     */
    public static long total(int page, int size, int read, LongSupplier count) {
        return page <= 0 && read < boundedSize(size) ? read : count.getAsLong();
    }
}
