package org.jiebang.challenge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.change.ChangeLog;
import org.jiebang.platform.change.OtherNodesChanged;

/**
 * Keeps this node's {@link ChallengeIndex} in step with the database. At start it opens the index
 * under {@code jiebang.data.dir/index/challenges} (building it from the database when new) and
 * catches up from the {@link SearchChange} log; every few seconds it catches up again, so changes
 * made on other nodes arrive too; a change made on this node is indexed right after its
 * transaction commits. Changes are re-read from the database, so taking one twice is harmless; a
 * trailing window is re-read on every pass because ids are handed out before commit.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChallengeSearch {

    private static final Logger LOG = Logger.getLogger(ChallengeSearch.class.getName());
    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /** change rows are stamped and read by the cluster's clock, so that nodes whose clocks differ agree on "recent" */
    @Inject
    org.jiebang.platform.clock.ClusterClock clock;

    @Inject
    ChangeLog changeLog;

    @Inject
    @ConfigProperty(name = "jiebang.data.dir", defaultValue = "./data")
    String dataDir;

    private ChallengeIndex index;

    @PostConstruct
    void open() {
        index = new ChallengeIndex(Path.of(dataDir, "index", "challenges"));
        if (index.lastSeq() == 0 && index.isEmpty()) {
            rebuild();
        } else {
            catchUp();
        }
    }

    @PreDestroy
    void close() {
        index.close();
    }

    public ChallengeIndex.Hits search(ChallengeQuery query) {
        return index.search(query);
    }

    public long count(ChallengeQuery query) {
        return index.count(query);
    }

    /** The searchable words of a query, for highlighting. */
    public List<String> terms(String text) {
        return text == null ? List.of() : index.terms(text);
    }

    /** Reads every public challenge from the database into a fresh index. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        Long maxSeq = em.createQuery("SELECT MAX(s.seq) FROM SearchChange s", Long.class).getSingleResult();
        index.clear();
        long lastId = 0;
        int count = 0;
        while (true) {
            List<Long> ids = em.createQuery("SELECT c.id FROM Challenge c WHERE c.status IN :public AND c.id > :after"
                    + " ORDER BY c.id", Long.class).setParameter("public", ChallengeStatus.PUBLIC)
                    .setParameter("after", lastId).setMaxResults(BATCH).getResultList();
            if (ids.isEmpty()) {
                break;
            }
            load(ids).forEach(index::put);
            count += ids.size();
            lastId = ids.get(ids.size() - 1);
            em.clear();
        }
        index.commit(maxSeq == null ? 0 : maxSeq);
        int indexed = count;
        LOG.info(() -> "search index built: " + indexed + " challenges in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    /** Takes in the changes logged since the last pass (and those of the last minute again). */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public synchronized void catchUp() {
        List<Object[]> changes = em.createQuery("SELECT s.seq, s.challengeId FROM SearchChange s"
                + " WHERE s.seq > :last OR s.at > :recent", Object[].class)
                .setParameter("last", index.lastSeq())
                .setParameter("recent", clock.now().minus(WINDOW))
                .getResultList();
        if (changes.isEmpty()) {
            return;
        }
        long maxSeq = index.lastSeq();
        Set<Long> ids = new LinkedHashSet<>();
        for (Object[] change : changes) {
            maxSeq = Math.max(maxSeq, (Long) change[0]);
            ids.add((Long) change[1]);
        }
        boolean taken = maxSeq > index.lastSeq();
        reindex(new ArrayList<>(ids));
        index.commit(maxSeq);
        if (taken) {
            // something new: pages rendered before show the old index (a late commit's re-read
            // arrives with its own page_change row, which drops the pages too)
            changeLog.invalidate();
        }
    }

    /** Right after a change commits on this node, so that its author finds it at once. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChallengeChanged change) {
        reindex(List.of(change.challengeId()));
        index.commit(index.lastSeq());
        changeLog.invalidate();
    }

    /** Another node committed something: take it in before this node's cached pages are dropped. */
    public void otherNodes(@Observes OtherNodesChanged change) {
        catchUp();
    }

    private void reindex(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<ChallengeDocument> docs = load(batch);
            docs.forEach(index::put);
            Set<Long> found = new LinkedHashSet<>();
            docs.forEach(d -> found.add(d.id()));
            batch.stream().filter(id -> !found.contains(id)).forEach(index::remove);
            em.clear();
        }
    }

    private List<ChallengeDocument> load(List<Long> ids) {
        return em.createQuery("SELECT c FROM Challenge c JOIN FETCH c.owner WHERE c.id IN :ids", Challenge.class)
                .setParameter("ids", ids)
                .getResultStream().map(ChallengeDocument::of).toList();
    }
}
