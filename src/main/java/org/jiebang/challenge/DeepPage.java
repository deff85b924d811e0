package org.jiebang.challenge;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.IntroSelector;
import org.apache.lucene.util.NumericUtils;

/**
 * One page far down a result list, in time that does not grow with the page's depth. Lucene's
 * top-N collection keeps a queue of every hit before the page (40,020 for page 2,000 of 20), so
 * deep pages cost more the deeper they are. Here one pass reads every hit's sort key into arrays,
 * a selection puts the page's hits in place (linear time), and only those are sorted. The order is
 * the top-N collection's: the sort key, then the newest publication (not by relevance), then the
 * index's own order.
 */
final class DeepPage {

    private final String sort;
    private final boolean scored;
    private long[] primary = new long[1024];
    private long[] secondary = new long[1024];
    private int[] docs = new int[1024];
    private int count;

    private DeepPage(String sort, boolean scored) {
        this.sort = sort;
        this.scored = scored;
    }

    /** A page: the index's document numbers of its hits, and how many hits there are in all. */
    record Found(int[] docs, int total) {
    }

    /**
     * The index's document numbers of hits {@code from} to {@code from + size} (fewer at the end),
     * with the number of all hits, counted in the same pass.
     */
    static Found find(IndexSearcher searcher, Query query, String sort, boolean scored, int from, int size)
            throws IOException {
        DeepPage page = new DeepPage(sort, scored);
        searcher.search(query, page.collector());
        return new Found(page.select(from, size), page.count);
    }

    private SimpleCollector collector() {
        return new SimpleCollector() {
            private NumericDocValues published;
            private NumericDocValues key;
            private Scorable scorer;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                base = context.docBase;
                published = DocValues.getNumeric(context.reader(), ChallengeIndex.PUBLISHED);
                key = switch (sort) {
                    case "budget" -> DocValues.getNumeric(context.reader(), ChallengeIndex.BUDGET);
                    case "deadline" -> DocValues.getNumeric(context.reader(), ChallengeIndex.DEADLINE);
                    default -> null;
                };
            }

            @Override
            public void setScorer(Scorable scorable) {
                scorer = scorable;
            }

            @Override
            public void collect(int doc) throws IOException {
                long newest = -(published.advanceExact(doc) ? published.longValue() : 0);
                long first;
                if (scored) {
                    first = -NumericUtils.floatToSortableInt(scorer.score());
                } else if (key == null) {
                    first = newest;
                } else {
                    long value = key.advanceExact(doc) ? key.longValue() : 0;
                    first = "budget".equals(sort) ? -value : value;
                }
                // by relevance Lucene breaks ties by the index's order alone
                add(first, scored ? 0 : newest, base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
            }
        };
    }

    private void add(long first, long second, int doc) {
        if (count == docs.length) {
            primary = Arrays.copyOf(primary, count * 2);
            secondary = Arrays.copyOf(secondary, count * 2);
            docs = Arrays.copyOf(docs, count * 2);
        }
        primary[count] = first;
        secondary[count] = second;
        docs[count] = doc;
        count++;
    }

    private int compare(int i, int j) {
        return compare(primary[i], secondary[i], docs[i], j);
    }

    private int compare(long first, long second, int doc, int j) {
        int c = Long.compare(first, primary[j]);
        if (c == 0) {
            c = Long.compare(second, secondary[j]);
        }
        return c != 0 ? c : Integer.compare(doc, docs[j]);
    }

    private void swap(int i, int j) {
        long p = primary[i];
        primary[i] = primary[j];
        primary[j] = p;
        long s = secondary[i];
        secondary[i] = secondary[j];
        secondary[j] = s;
        int d = docs[i];
        docs[i] = docs[j];
        docs[j] = d;
    }

    private int[] select(int from, int size) {
        if (from >= count) {
            return new int[0];
        }
        int to = Math.min(count, from + size);
        Selector selector = new Selector();
        selector.select(0, count, from);
        if (to < count) {
            selector.select(from, count, to);
        }
        // the page itself (at most 100 hits) in order
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && compare(j - 1, j) > 0; j--) {
                swap(j - 1, j);
            }
        }
        return Arrays.copyOfRange(docs, from, to);
    }

    private final class Selector extends IntroSelector {
        private long pivotFirst;
        private long pivotSecond;
        private int pivotDoc;

        @Override
        protected void setPivot(int i) {
            pivotFirst = primary[i];
            pivotSecond = secondary[i];
            pivotDoc = docs[i];
        }

        @Override
        protected int comparePivot(int j) {
            return DeepPage.this.compare(pivotFirst, pivotSecond, pivotDoc, j);
        }

        @Override
        protected int compare(int i, int j) {
            return DeepPage.this.compare(i, j);
        }

        @Override
        protected void swap(int i, int j) {
            DeepPage.this.swap(i, j);
        }
    }
}
