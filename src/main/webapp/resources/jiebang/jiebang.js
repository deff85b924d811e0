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
        // an autocomplete's list of suggestions is named after its field (axe: aria-input-field-name)
        document.querySelectorAll('.ui-autocomplete-panel [role=listbox]:not([aria-label])').forEach(function (list) {
            var panel = list.closest('.ui-autocomplete-panel');
            var input = panel && panel.id ? document.getElementById(panel.id.replace(/_panel$/, '_input')) : null;
            var label = input && input.labels && input.labels.length ? input.labels[0].textContent.trim() : '';
            if (label) {
                list.setAttribute('aria-label', label);
            }
        });
        // PrimeFaces puts role="alert" on each message's list item, which makes it no list item (axe:
        // list): the box around the list is announced instead
        document.querySelectorAll('.ui-messages li[role=alert]').forEach(function (item) {
            var box = item.closest('.ui-messages');
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
            if (box && !box.hasAttribute('role')) {
                box.setAttribute('role', 'alert');
            }
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
    // the bid's milestone shares add up as they are typed, before anything is sent
    function shareTotal(event) {
        var target = event.target;
        if (!target.id || !/:msShare_input$/.test(target.id)) {
            return;
        }
        var sum = document.getElementById('shareSum');
        if (!sum) {
            return;
        }
        var cents = 0;
        document.querySelectorAll('input[id$=":msShare_input"]').forEach(function (input) {
            var value = parseFloat(input.value.replace(/[^0-9.]/g, ''));
            cents += isNaN(value) ? 0 : Math.round(value * 100);
        });
        sum.textContent = (cents / 100).toFixed(2);
        sum.parentNode.classList.toggle('jb-warn', cents !== 10000);
    }
    // a long form (data-guard) warns before what was typed since it was last saved is lost; a
    // button that saves (data-saves) clears the warning once its request comes back without a refusal
    var unsaved = false;
    var saving = false;
    function typed(event) {
        if (event.target.closest && event.target.closest('form[data-guard]') && event.target.type !== 'file') {
            unsaved = true;
        }
    }
    document.addEventListener('input', typed);
    document.addEventListener('change', typed);
    document.addEventListener('click', function (event) {
        if (!event.target.closest) {
            return;
        }
        if (event.target.closest('.ui-confirm-dialog')) {
            // the answer to a confirmation: "yes" goes on with what the button asked, "no" saves nothing
            if (event.target.closest('.ui-confirmdialog-no')) {
                saving = false;
            }
            return;
        }
        saving = !!event.target.closest('form[data-guard] [data-saves="true"]');
    }, true);
    document.addEventListener('submit', function (event) {
        if (event.target.matches && event.target.matches('form[data-guard]')) {
            unsaved = false;
        }
    }, true);
    window.addEventListener('beforeunload', function (event) {
        if (unsaved) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            if (saving && !document.querySelector('form[data-guard] .ui-message-error, .ui-messages-error')) {
                unsaved = false;
            }
            saving = false;
        });
    }
    // a file larger than the server takes is refused here, with the reason beside the upload, before
    // it is sent (a file past the container's own limit would otherwise fail without a word); the
    // same for a file chosen or dropped on the upload
    function refuseLarge(event, upload, files) {
        var old = upload.parentNode.querySelector('.jb-upload-refusal');
        if (old) {
            old.parentNode.removeChild(old);
        }
        var limit = Number(document.body.dataset.uploadLimit || 0);
        var large = Array.prototype.filter.call(files || [], function (file) { return limit && file.size > limit; });
        if (!large.length) {
            return false;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        var english = /^en/.test(document.documentElement.lang);
        var refusal = document.createElement('div');
        refusal.className = 'ui-messages-error jb-upload-refusal';
        refusal.setAttribute('role', 'alert');
        refusal.textContent = large.map(function (file) { return file.name; }).join(english ? ', ' : '、')
            + (english ? ': ' : '：') + document.body.dataset.uploadTooLarge;
        upload.parentNode.insertBefore(refusal, upload.nextSibling);
        return true;
    }
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (input.matches && input.matches('.ui-fileupload input[type=file]') && input.files
                && refuseLarge(event, input.closest('.ui-fileupload'), input.files)) {
            input.value = '';
        }
    }, true);
    document.addEventListener('drop', function (event) {
        var upload = event.target.closest ? event.target.closest('.ui-fileupload') : null;
        if (upload && event.dataTransfer) {
            refuseLarge(event, upload, event.dataTransfer.files);
        }
    }, true);
    // a confirmation shows what will be sent: a button with data-confirm-show (a CSS selector within
    // its card) lists each matched field's label and what it holds now, below the question
    function labelOf(element) {
        var base = element.id.replace(/_(input|label|focus)$/, '');
        var label = document.querySelector('label[for="' + element.id + '"]')
            || document.querySelector('label[for="' + base + '"]')
            || document.querySelector('label[for="' + base + '_input"]')
            || document.querySelector('label[for="' + base + '_focus"]');
        var text = label ? label.textContent.replace(/[*：:]\s*$/, '').trim() : '';
        // a field repeated per criterion ("分数") is named by its group's legend first
        var legend = element.closest('fieldset') ? element.closest('fieldset').querySelector('legend') : null;
        var group = legend && legend.firstChild ? legend.firstChild.textContent.trim() : '';
        return group ? group + ' · ' + text : text;
    }
    function shownValues(button) {
        var scope = button.closest('article, .jb-subform, .jb-card, form');
        var items = [];
        (scope || document).querySelectorAll(button.getAttribute('data-confirm-show')).forEach(function (element) {
            if (element.type === 'checkbox' || element.type === 'radio') {
                if (element.checked) {
                    items.push(labelOf(element));
                }
                return;
            }
            var value = ('value' in element && element.tagName !== 'LI' ? element.value : element.textContent).trim();
            var label = labelOf(element);
            items.push(label ? label + '：' + (value || '—') : value);
        });
        return items;
    }
    function wrapConfirm() {
        if (!window.PrimeFaces || !PrimeFaces.confirm || PrimeFaces.confirm.jiebang) {
            return;
        }
        var original = PrimeFaces.confirm;
        PrimeFaces.confirm = function (options) {
            original.apply(this, arguments);
            var source = options && options.source;
            var button = typeof source === 'string' ? document.getElementById(source) : (source && source.jquery ? source[0] : source);
            if (!button || !button.getAttribute || !button.getAttribute('data-confirm-show')) {
                return;
            }
            var items = shownValues(button);
            var message = document.querySelector('.ui-confirm-dialog .ui-confirm-dialog-message');
            if (message && items.length) {
                var list = document.createElement('ul');
                list.className = 'jb-confirm-values';
                items.forEach(function (text) {
                    var item = document.createElement('li');
                    item.textContent = text;
                    list.appendChild(item);
                });
                message.appendChild(list);
            }
        };
        PrimeFaces.confirm.jiebang = true;
    }
    document.addEventListener('DOMContentLoaded', wrapConfirm);
    // the rich-text editor (Quill 1.3) keeps Tab to itself, indenting or typing a tab, so that a
    // keyboard user could never leave it (WCAG 2.1.2, no keyboard trap): once it has the focus (and
    // so surely exists), Tab moves on from it as from any field
    document.addEventListener('focusin', function (event) {
        if (!event.target.classList || !event.target.classList.contains('ql-editor') || !window.PrimeFaces) {
            return;
        }
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var editor = PrimeFaces.widgets[name] && PrimeFaces.widgets[name].editor;
            if (editor && editor.root === event.target && editor.keyboard) {
                delete editor.keyboard.bindings[9];
            }
        });
    });
    document.addEventListener('input', shareTotal);
    document.addEventListener('change', shareTotal);
    document.addEventListener('DOMContentLoaded', repair);
    document.addEventListener('DOMContentLoaded', foldFiltersOnPhones);
    document.addEventListener('DOMContentLoaded', focusableScrollers);
    window.addEventListener('resize', focusableScrollers);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', repair);
        window.jQuery(document).on('pfAjaxComplete', focusableScrollers);
    }
}());
