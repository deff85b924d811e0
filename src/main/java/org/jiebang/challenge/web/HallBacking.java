package org.jiebang.challenge.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
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
 * The challenge hall (榜单大厅, SPEC §9): words, filters, sort and page come from the URL (a GET
 * form and GET page links), so a search is bookmarkable and the back button works, and the page
 * needs no view state or session: it is the busiest page. The list is a lazy PrimeFaces data
 * view, 20 per page, read from the search index and the database a page at a time.
 */
@Named
@RequestScoped
public class HallBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 20;

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengeSearch search;

    @Inject
    FieldNames fieldNames;

    @Inject
    Clock clock;

    private String q;
    private String field;
    private String region;
    private String status;
    // the bounty bounds, the period and the page arrive as typed: one that is not a number is
    // reported beside its field and left out, and the other filters still apply
    private String minText;
    private String maxText;
    private Integer within;
    private String sort;
    private int page;
    private List<String> terms = List.of();
    private long total;

    private final LazyDataModel<ChallengeSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) challenges.count(query(0, 1));
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
        return new ChallengeQuery(q, field, region, wanted, getMin(), getMax(), within == null ? null : now,
                within == null ? null : now.plus(Duration.ofDays(within)), sort, pageNumber, size);
    }

    public String highlight(String text) {
        return Highlighter.highlight(text, terms);
    }

    /** The first row of the page in the URL. */
    public int getFirst() {
        return (getCurrentPage() - 1) * PAGE_SIZE;
    }

    /** The page shown, from 1, within the pages there are. */
    public int getCurrentPage() {
        return Math.max(1, Math.min(page, 10_000));
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Page numbers to offer around the current one: at most 9. */
    public List<Integer> getPageNumbers() {
        int from = Math.max(1, getCurrentPage() - 4);
        int to = Math.min(getPageCount(), from + 8);
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The URL of page {@code number} with the same words, filters and sort. */
    public String pageUrl(int number) {
        StringBuilder url = new StringBuilder("?page=").append(number);
        param(url, "q", q);
        param(url, "field", field);
        param(url, "region", region);
        param(url, "status", status);
        param(url, "min", getMin() == null ? null : getMin().toPlainString());
        param(url, "max", getMax() == null ? null : getMax().toPlainString());
        param(url, "within", within == null ? null : within.toString());
        param(url, "sort", sort);
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public List<TechnologyField> getFields() {
        return fieldNames.all();
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
        return q != null || field != null || region != null || status != null || minText != null || maxText != null
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

    /** The lowest bounty, or null when none was typed or what was typed is not an amount. */
    public BigDecimal getMin() {
        return amount(minText);
    }

    public String getMinText() {
        return minText;
    }

    public void setMinText(String text) {
        minText = typed(text);
    }

    public BigDecimal getMax() {
        return amount(maxText);
    }

    public String getMaxText() {
        return maxText;
    }

    public void setMaxText(String text) {
        maxText = typed(text);
    }

    /** Whether the lowest bounty typed is not an amount (it is then left out, and said beside the field). */
    public boolean isMinInvalid() {
        return minText != null && getMin() == null;
    }

    public boolean isMaxInvalid() {
        return maxText != null && getMax() == null;
    }

    private static String typed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * An amount in CNY as people type it: {@code 500000}, {@code 500,000}, {@code ¥500000.00} or
     * {@code 50万}; null for anything else, or a negative amount.
     */
    static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "").strip();
        BigDecimal factor = BigDecimal.ONE;
        if (plain.endsWith("万")) {
            factor = BigDecimal.valueOf(10_000);
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        if (!plain.matches("[0-9]{1,13}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(plain).multiply(factor);
    }

    public Integer getWithin() {
        return within;
    }

    /** 7, 30 or 90 days; anything else lists all. */
    public String getWithinText() {
        return within == null ? null : within.toString();
    }

    public void setWithinText(String text) {
        within = text != null && text.strip().matches("7|30|90") ? Integer.valueOf(text.strip()) : null;
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

    /** The page as the URL has it; anything but a whole number shows the first. */
    public String getPageText() {
        return String.valueOf(page);
    }

    public void setPageText(String text) {
        page = text != null && text.strip().matches("[0-9]{1,5}") ? Integer.parseInt(text.strip()) : 1;
    }
}
