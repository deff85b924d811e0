package org.jiebang.platform.change;

/**
 * CDI event, fired synchronously on the node that learns from {@code page_change} that another
 * node committed a change, before this node's cached pages are dropped: a copy kept elsewhere (the
 * search index) catches up first, so that pages rendered after the drop show the change.
 */
public record OtherNodesChanged(long seq) {
}
