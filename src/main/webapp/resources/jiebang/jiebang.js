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
    document.addEventListener('DOMContentLoaded', repair);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', repair);
    }
}());
