/* Jiebang page helpers. */
window.jiebang = {
    /** Keeps the page number of a paged list in the URL, so that a page can be bookmarked and reloaded. */
    pageToUrl: function (widgetVar) {
        var widget = PF(widgetVar);
        if (!widget || !widget.paginator) {
            return;
        }
        var url = new URL(window.location.href);
        var page = widget.paginator.getCurrentPage() + 1;
        if (page > 1) {
            url.searchParams.set('page', page);
        } else {
            url.searchParams.delete('page');
        }
        window.history.replaceState(null, '', url.toString());
    }
};
