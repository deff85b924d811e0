/* Jiebang: small repairs to what PrimeFaces renders, applied on load and after every ajax update. */
(function () {
    'use strict';
    function repair() {
        // the upload's "choose" control is a span holding the file input, named by aria-labelledby,
        // which a span without a role may not carry (axe: aria-prohibited-attr); a role would nest the
        // input in a button (nested-interactive): the name goes to the file input itself
        document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (choose) {
            var input = choose.querySelector('input[type=file]');
            if (input && !input.hasAttribute('aria-label')) {
                input.setAttribute('aria-label', choose.textContent.trim());
            }
            choose.removeAttribute('aria-labelledby');
        });
    }
    // a table wider than the screen scrolls in its box: the box takes the keyboard focus, so that it
    // can be scrolled without a mouse, and is named after its section's heading (axe: scrollable-region-focusable)
    function focusableScrollers() {
        document.querySelectorAll('.jb-table-scroll, .jb-scroll').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth && !box.hasAttribute('tabindex')) {
                var section = box.closest('section, .jb-card');
                var heading = section ? section.querySelector('h2, h3') : null;
                box.setAttribute('tabindex', '0');
                box.setAttribute('role', 'region');
                box.setAttribute('aria-label', heading ? heading.textContent.trim() : document.title);
            }
        });
    }
    // on a phone the hall's filters start folded, so that the results come first, unless one is set
    function foldFiltersOnPhones() {
        var filters = document.querySelector('details.jb-hall-filters');
        if (filters && filters.dataset.filtered !== 'true' && window.matchMedia('(max-width: 820px)').matches) {
            filters.removeAttribute('open');
        }
    }
    document.addEventListener('DOMContentLoaded', repair);
    document.addEventListener('DOMContentLoaded', foldFiltersOnPhones);
    document.addEventListener('DOMContentLoaded', focusableScrollers);
    window.addEventListener('resize', focusableScrollers);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', repair);
        window.jQuery(document).on('pfAjaxComplete', focusableScrollers);
    }
}());
