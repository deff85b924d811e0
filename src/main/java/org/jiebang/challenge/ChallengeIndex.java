package org.jiebang.challenge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of public challenges (Apache Lucene), kept beside the database under the
 * data directory. MariaDB has no n-gram parser for Chinese and H2 differs from MySQL, so search,
 * filters, sorting and paging of the hall run here, the same on every database; the rows of a
 * page are then read from the database by id.
 * <p>
 * Chinese is indexed as overlapping character bigrams (CJKAnalyzer), so a two-character query
 * such as {@code 电池} finds every challenge that contains it; other scripts are split into
 * lower-cased words. The index records the last {@link SearchChange} it has seen, so that it
 * survives restarts and each node catches up from the database by itself.
 * <p>
 * Thread-safe: one writer, searchers through a {@link SearcherManager}.
 */
public final class ChallengeIndex implements AutoCloseable {

    /** A page of ids, in order, and the number of all matches. */
    public record Hits(List<Long> ids, long total) {
    }

    static final String ID = "id";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String FIELD = "field";
    static final String REGION = "region";
    static final String STATUS = "status";
    static final String BUDGET = "budget";
    static final String DEADLINE = "deadline";
    static final String PUBLISHED = "published";
    static final String LAST_SEQ = "lastSeq";
    /** From this many hits before a page on, the page is found by {@link DeepPage}, not a top-N queue. */
    static final int DEEP = 200;

    private static final Logger LOG = Logger.getLogger(ChallengeIndex.class.getName());

    private final FSDirectory directory;
    private final Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long lastSeq;

    public ChallengeIndex(Path dir) {
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            lastSeq = readLastSeq();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    private long readLastSeq() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return 0;
        }
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (LAST_SEQ.equals(entry.getKey())) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    /** The last search change this index has taken in (0 for a new index). */
    public long lastSeq() {
        return lastSeq;
    }

    public boolean isEmpty() {
        return writer.getDocStats().numDocs == 0;
    }

    /** Puts a public challenge in the index, or takes out one that is not (or no longer) public. */
    public void put(ChallengeDocument challenge) {
        try {
            Term id = new Term(ID, Long.toString(challenge.id()));
            if (!challenge.status().isPublic()) {
                writer.deleteDocuments(id);
                return;
            }
            writer.updateDocument(id, document(challenge));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long challengeId) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(challengeId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put so far durable and visible, remembering {@code seq} as taken in. */
    public synchronized void commit(long seq) {
        try {
            lastSeq = Math.max(lastSeq, seq);
            writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(lastSeq)).entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index before a full rebuild. */
    public void clear() {
        try {
            writer.deleteAll();
            lastSeq = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(ChallengeDocument c) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(c.id()), Field.Store.YES));
        doc.add(new TextField(TITLE, nonNull(c.title()), Field.Store.NO));
        StringBuilder text = new StringBuilder();
        for (String part : new String[] { c.title(), c.summary(), c.problem(), c.background(), c.ownerName(),
                c.industry() }) {
            text.append(nonNull(part)).append('\n');
        }
        for (Indicator indicator : c.indicators()) {
            text.append(indicator.getName()).append(' ').append(indicator.getTarget()).append(' ')
                    .append(nonNull(indicator.getUnit())).append(' ').append(indicator.getVerification()).append('\n');
        }
        c.keywords().forEach(k -> text.append(k).append('\n'));
        doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        if (c.field() != null) {
            doc.add(new StringField(FIELD, c.field(), Field.Store.NO));
        }
        if (c.region() != null) {
            // the county, its city and its province: 330402, 330400, 330000
            doc.add(new StringField(REGION, c.region(), Field.Store.NO));
            doc.add(new StringField(REGION, c.region().substring(0, 4) + "00", Field.Store.NO));
            doc.add(new StringField(REGION, c.region().substring(0, 2) + "0000", Field.Store.NO));
        }
        doc.add(new StringField(STATUS, c.status().name(), Field.Store.NO));
        long fen = c.budget() == null ? 0 : c.budget().movePointRight(2).longValueExact();
        doc.add(new LongPoint(BUDGET, fen));
        doc.add(new NumericDocValuesField(BUDGET, fen));
        long deadline = c.deadline() == null ? Long.MAX_VALUE : c.deadline().toEpochMilli();
        doc.add(new LongPoint(DEADLINE, deadline));
        doc.add(new NumericDocValuesField(DEADLINE, deadline));
        doc.add(new NumericDocValuesField(PUBLISHED, c.publishedAt() == null ? 0 : c.publishedAt().toEpochMilli()));
        return doc;
    }

    /** Searches, filters, sorts and pages (see {@link ChallengeQuery}). */
    public Hits search(ChallengeQuery query) {
        Query lucene = toLucene(query);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int offset = query.page() * query.size();
                if (offset >= DEEP) {
                    boolean scored = "relevance".equals(query.sort()) && query.q() != null;
                    List<Long> ids = new ArrayList<>(query.size());
                    DeepPage.Found found = DeepPage.find(searcher, lucene, query.sort(), scored, offset, query.size());
                    for (int doc : found.docs()) {
                        ids.add(Long.valueOf(searcher.storedFields().document(doc).get(ID)));
                    }
                    // the pass that found the page counted every hit: no second pass to count them
                    return new Hits(ids, found.total());
                }
                int wanted = (query.page() + 1) * query.size();
                TopDocs top = switch (query.sort()) {
                    case "relevance" -> query.q() == null ? searcher.search(lucene, wanted, newest())
                            : searcher.search(lucene, wanted);
                    case "budget" -> searcher.search(lucene, wanted,
                            new Sort(new SortField(BUDGET, SortField.Type.LONG, true), tieBreak()));
                    case "deadline" -> searcher.search(lucene, wanted,
                            new Sort(new SortField(DEADLINE, SortField.Type.LONG), tieBreak()));
                    default -> searcher.search(lucene, wanted, newest());
                };
                List<Long> ids = new ArrayList<>(query.size());
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = query.page() * query.size(); i < docs.length; i++) {
                    ids.add(Long.valueOf(searcher.storedFields().document(docs[i].doc).get(ID)));
                }
                return new Hits(ids, searcher.count(lucene));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of matches alone, without reading any row. */
    public long count(ChallengeQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(toLucene(query));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sort newest() {
        return new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), tieBreak());
    }

    private static SortField tieBreak() {
        return new SortField(PUBLISHED, SortField.Type.LONG, true);
    }

    Query toLucene(ChallengeQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        if (query.q() != null) {
            boolean searchable = false;
            // each word must occur; of a Chinese word's character pairs, three in four must: a word
            // left out between two others (热失控预警 for 热失控早期预警) breaks one pair, and that
            // must not hide the challenge; words typed apart are each required; a title match counts more
            for (String word : query.q().strip().split("[\\s\\u3000]+")) {
                BooleanQuery.Builder pairs = new BooleanQuery.Builder();
                int pairCount = 0;
                for (String term : terms(word)) {
                    searchable = true;
                    BooleanQuery.Builder either = new BooleanQuery.Builder();
                    either.add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD);
                    either.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), 3f), Occur.SHOULD);
                    if (isChinesePair(term)) {
                        pairs.add(either.build(), Occur.SHOULD);
                        pairCount++;
                    } else {
                        all.add(either.build(), Occur.MUST);
                    }
                }
                if (pairCount > 0) {
                    all.add(pairs.setMinimumNumberShouldMatch(pairCount - pairCount / 4).build(), Occur.MUST);
                }
            }
            if (!searchable) {
                // nothing searchable (punctuation only): nothing matches
                return new TermQuery(new Term(ID, "-"));
            }
            any = true;
        }
        if (query.field() != null) {
            all.add(new TermQuery(new Term(FIELD, query.field())), Occur.FILTER);
            any = true;
        }
        if (query.region() != null) {
            all.add(new TermQuery(new Term(REGION, query.region())), Occur.FILTER);
            any = true;
        }
        if (query.status() != null) {
            all.add(new TermQuery(new Term(STATUS, query.status().name())), Occur.FILTER);
            any = true;
        }
        if (query.minBudget() != null || query.maxBudget() != null) {
            long min = query.minBudget() == null ? Long.MIN_VALUE : fen(query.minBudget());
            long max = query.maxBudget() == null ? Long.MAX_VALUE : fen(query.maxBudget());
            all.add(LongPoint.newRangeQuery(BUDGET, min, max), Occur.FILTER);
            any = true;
        }
        if (query.deadlineFrom() != null || query.deadlineTo() != null) {
            long from = query.deadlineFrom() == null ? Long.MIN_VALUE : query.deadlineFrom().toEpochMilli();
            long to = query.deadlineTo() == null ? Long.MAX_VALUE : query.deadlineTo().toEpochMilli();
            all.add(LongPoint.newRangeQuery(DEADLINE, from, to), Occur.FILTER);
            any = true;
        }
        return any ? all.build() : new MatchAllDocsQuery();
    }

    /** Whether a search term is a pair of Chinese characters (the analyzer's bigram), not a word of another script. */
    static boolean isChinesePair(String term) {
        return term.codePointCount(0, term.length()) == 2
                && term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The words (and Chinese bigrams) the analyzer makes of {@code text}: also what pages highlight. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (!terms.contains(t)) {
                    terms.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public void putAll(Collection<ChallengeDocument> challenges) {
        challenges.forEach(this::put);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning(() -> "closing the search index: " + e.getMessage());
        }
    }
}
