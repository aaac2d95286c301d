/* ZJCS — the little script of the one template (docs/architecture.md, "Layout: laptops and phones").
 * 1. Swaps the class no-js on <html> to js, so CSS hides the menu behind its button only when the button works.
 * 2. The menu button (below 900 px): shows or hides the navigation and the user block, keeps aria-expanded true.
 * 3. Stacked tables (table.zj-stack, below 640 px): copies each column's header text into data-label of its cells,
 *    which the CSS shows before the value.
 * 4. The audit log: a possible line break after each comma of the details' JSON and each underscore of an action.
 * 3 and 4 run again after PrimeFaces' partial updates.
 * 5. Confirmation before a consequential button (data-confirm="question"; no inline onclick under the CSP,
 *    docs/security.md): "Cancel" stops the click before the button's own handlers (submit or Ajax) run. */
(function () {
    'use strict';
    var root = document.documentElement;
    root.classList.remove('no-js');
    root.classList.add('js');

    function initMenu() {
        var button = document.getElementById('menu-toggle');
        if (!button || button.getAttribute('data-ready')) {
            return;
        }
        button.setAttribute('data-ready', 'true');
        var menu = document.getElementById(button.getAttribute('aria-controls'));
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') !== 'true';
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            if (menu) {
                menu.classList.toggle('zj-menu-open', open);
            }
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                button.click();
                button.focus();
            }
        });
    }

    function labelTables() {
        var tables = document.querySelectorAll('table.zj-stack');
        for (var t = 0; t < tables.length; t++) {
            var table = tables[t];
            var heads = table.querySelectorAll('thead th');
            if (!heads.length) {
                continue;
            }
            var labels = [];
            for (var h = 0; h < heads.length; h++) {
                labels.push((heads[h].textContent || '').replace(/\s+/g, ' ').trim());
            }
            var rows = table.querySelectorAll('tbody > tr');
            for (var r = 0; r < rows.length; r++) {
                var cells = rows[r].children;
                for (var c = 0; c < cells.length && c < labels.length; c++) {
                    if (labels[c] && !cells[c].hasAttribute('data-label')) {
                        cells[c].setAttribute('data-label', labels[c]);
                    }
                }
            }
        }
    }

    /* The audit log: a line may break after each comma of the details' JSON and after each underscore of an action
       name (QUALIFICATION_EXPIRY_WARNED), not inside a word, a name or a value */
    function breakAfter(selector, mark) {
        var cells = document.querySelectorAll(selector + ':not([data-wbr])');
        for (var i = 0; i < cells.length; i++) {
            var cell = cells[i];
            cell.setAttribute('data-wbr', 'true');
            var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, null);
            var nodes = [];
            while (walker.nextNode()) {
                var parent = walker.currentNode.parentNode;
                if (walker.currentNode.nodeValue.indexOf(mark) >= 0
                        && !(parent.classList && parent.classList.contains('ui-column-title'))) {
                    nodes.push(walker.currentNode);
                }
            }
            for (var n = 0; n < nodes.length; n++) {
                var parts = nodes[n].nodeValue.split(mark);
                var fragment = document.createDocumentFragment();
                for (var p = 0; p < parts.length; p++) {
                    fragment.appendChild(document.createTextNode(parts[p] + (p < parts.length - 1 ? mark : '')));
                    if (p < parts.length - 1) {
                        fragment.appendChild(document.createElement('wbr'));
                    }
                }
                nodes[n].parentNode.replaceChild(fragment, nodes[n]);
            }
        }
    }

    function breakDetails() {
        breakAfter('td.zj-col-details code', ',');
        breakAfter('td.zj-col-action', '_');
    }

    function refresh() {
        labelTables();
        breakDetails();
    }

    function init() {
        initMenu();
        refresh();
    }

    /* 5. Listens in the capture phase on the document: it runs first, and covers buttons added by Ajax updates */
    document.addEventListener('click', function (event) {
        var el = event.target && event.target.closest ? event.target.closest('[data-confirm]') : null;
        if (el && !el.disabled && !window.confirm(el.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', refresh);
    } else {
        window.addEventListener('load', function () {
            if (window.jQuery) {
                window.jQuery(document).on('pfAjaxComplete', refresh);
            }
        });
    }
})();
