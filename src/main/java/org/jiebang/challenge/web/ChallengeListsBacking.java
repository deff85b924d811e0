package org.jiebang.challenge.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeSummary;
import org.jiebang.platform.persistence.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The firm's "my challenges" and the staff review queue: lazy tables paged in the database. */
@Named
@ViewScoped
public class ChallengeListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    private Map<ChallengeStatus, Long> counts;

    private final LazyDataModel<ChallengeSummary> mine = model((page, size) -> challenges.mine(page, size));
    private final LazyDataModel<ChallengeSummary> queue = model((page, size) -> challenges.reviewQueue(page, size));

    private static LazyDataModel<ChallengeSummary> model(BiFunction<Integer, Integer, Page<ChallengeSummary>> source) {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) source.apply(0, 1).total();
            }

            @Override
            public List<ChallengeSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                Page<ChallengeSummary> page = source.apply(first / pageSize, pageSize);
                setRowCount((int) page.total());
                return page.items();
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
    }

    /** Days a submission has waited, for the queue's ageing column. */
    public long waitingDays(ChallengeSummary challenge) {
        return challenge.submittedAt() == null ? 0 : Duration.between(challenge.submittedAt(), Instant.now()).toDays();
    }

    public Map<ChallengeStatus, Long> getCounts() {
        if (counts == null) {
            counts = challenges.myCounts();
        }
        return counts;
    }

    public List<ChallengeStatus> getStatuses() {
        return List.of(ChallengeStatus.values());
    }

    public LazyDataModel<ChallengeSummary> getMine() {
        return mine;
    }

    public LazyDataModel<ChallengeSummary> getQueue() {
        return queue;
    }
}
