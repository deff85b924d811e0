/**
 * Time: the database's clock for every deadline decision ({@link org.jiebang.platform.clock.ClusterClock}),
 * so that all nodes of a cluster agree on when bidding ends.
 */
package org.jiebang.platform.clock;
