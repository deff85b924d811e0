package org.jiebang.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jiebang.platform.persistence.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy model over a service method that pages in the database (CONVENTIONS: tables
 * never load whole lists, and never reach the EntityManager).
 */
public final class LazyPages {

    /** Answers one page ({@code page} from 0) of {@code size} rows. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> page(int page, int size);
    }

    /** The row key: the id of a row. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private LazyPages() {
    }

    public static <T> LazyDataModel<T> of(Source<T> source, Key<T> key) {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            /**
             * The table asks for the count before the page, to keep its first row inside the
             * rows there are; the source answers both in one call, so the count waits for the
             * page ({@link #load}), which sets it, and a page past the end is read again there.
             */
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return Integer.MAX_VALUE;
            }

            @Override
            public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                int size = Math.max(pageSize, 1);
                Page<T> page = source.page(first / size, size);
                if (page.items().isEmpty() && first > 0 && page.total() > 0) {
                    // past the end (rows went away since the table was shown): the last page there is
                    page = source.page((int) ((page.total() - 1) / size), size);
                }
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(T row) {
                return String.valueOf(key.apply(row));
            }

            @Override
            public T getRowData(String rowKey) {
                return null;
            }
        };
    }
}
