package org.jiebang.challenge.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.challenge.ChallengeQuery;
import org.jiebang.challenge.ChallengeSearch;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeSummary;
import org.jiebang.challenge.TechnologyField;
import org.jiebang.platform.persistence.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The challenge hall (榜单大厅, SPEC §9): words, filters and sort come from the URL (a GET form),
 * so a search is bookmarkable and the back button works; the list itself is a lazy PrimeFaces
 * data view, 20 per page, read from the search index and the database a page at a time.
 */
@Named
@ViewScoped
public class HallBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 20;

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengeSearch search;

    @Inject
    Clock clock;

    private String q;
    private String field;
    private String region;
    private String status;
    private BigDecimal min;
    private BigDecimal max;
    private Integer within;
    private String sort;
    private int page;
    private List<String> terms = List.of();
    private long total;

    private final LazyDataModel<ChallengeSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) challenges.search(query(0, 1)).total();
        }

        @Override
        public List<ChallengeSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ChallengeSummary> result = challenges.search(query(first / pageSize, pageSize));
            total = result.total();
            setRowCount((int) total);
            return result.items();
        }

        @Override
        public String getRowKey(ChallengeSummary challenge) {
            return String.valueOf(challenge.id());
        }

        @Override
        public ChallengeSummary getRowData(String rowKey) {
            return null;
        }
    };

    /** Called once the URL's parameters are set. */
    public void init() {
        terms = search.terms(q);
    }

    ChallengeQuery query(int pageNumber, int size) {
        ChallengeStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ChallengeStatus.valueOf(status);
            } catch (IllegalArgumentException ignored) {
                // an unknown status in a hand-made URL lists all
            }
        }
        if (wanted != null && !wanted.isPublic()) {
            wanted = null;
        }
        Instant now = clock.instant();
        return new ChallengeQuery(q, field, region, wanted, min, max, within == null ? null : now,
                within == null ? null : now.plus(Duration.ofDays(within)), sort, pageNumber, size);
    }

    public String highlight(String text) {
        return Highlighter.highlight(text, terms);
    }

    /** The first row of the page in the URL, for the paginator. */
    public int getFirst() {
        return Math.max(page - 1, 0) * PAGE_SIZE;
    }

    public List<TechnologyField> getFields() {
        return challenges.fields();
    }

    public List<ChallengeStatus> getStatuses() {
        return List.copyOf(ChallengeStatus.PUBLIC);
    }

    public LazyDataModel<ChallengeSummary> getModel() {
        return model;
    }

    public long getTotal() {
        return total;
    }

    public boolean isFiltered() {
        return q != null || field != null || region != null || status != null || min != null || max != null
                || within != null;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field == null || field.isBlank() ? null : field;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public Integer getWithin() {
        return within;
    }

    public void setWithin(Integer within) {
        this.within = within;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort == null || !List.of("newest", "relevance", "budget", "deadline").contains(sort) ? null : sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
