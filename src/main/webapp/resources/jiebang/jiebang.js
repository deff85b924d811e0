/* Jiebang: small repairs to what PrimeFaces renders, applied on load and after every ajax update. */
(function () {
    'use strict';
    function repair() {
        // the upload's "choose" control is a span that acts as a button and is named by aria-labelledby,
        // which needs a role to be valid (axe: aria-prohibited-attr)
        document.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (choose) {
            choose.setAttribute('role', 'button');
        });
    }
    document.addEventListener('DOMContentLoaded', repair);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', repair);
    }
}());
