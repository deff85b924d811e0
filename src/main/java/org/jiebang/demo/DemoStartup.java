package org.jiebang.demo;

import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.change.ChangeLog;
import org.jiebang.platform.persistence.Database;

/**
 * At start-up, after the demo accounts ({@code account.Bootstrap}): with {@code jiebang.demo} the
 * demo market too, once ({@link DemoMarket}). {@code jiebang.demo.market=false} leaves it out (the
 * integration tests, which count what they make, run the demo accounts alone).
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
public class DemoStartup {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    DemoSeals seals;

    @Inject
    @ConfigProperty(name = "jiebang.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "jiebang.demo.market", defaultValue = "true")
    boolean market;

    @Inject
    ChangeLog changes;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        if (demo && market) {
            try {
                DemoMarket market = DemoMarket.load(dataSource, clock);
                if (market != null) {
                    seals.seal(market.submittedBids, market.signedContracts);
                    // written by plain JDBC: tell the page caches of every node
                    changes.committed();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the demo market could not be loaded", e);
            }
        }
    }
}
