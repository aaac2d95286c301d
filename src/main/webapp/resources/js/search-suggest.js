/* ZJCS — suggestions while typing in a search box (docs/search.md, "Suggestions"). Progressive enhancement: an
 * <input data-suggest> inside a GET search form keeps working as a plain form without this script. With it, typing
 * asks GET /api/search/suggest?q= (debounced, 200 ms; the answer to an older text is dropped) and lists up to ten
 * titles or names under the field, each a link to its page. Keyboard: Down/Up move through the list, Enter opens the
 * chosen suggestion (without one the form is submitted as usual), Escape closes the list (a second
 * Escape clears the field, as the browser does). ARIA combobox pattern. */
(function () {
    'use strict';
    var DELAY = 200;

    function setUp(input) {
        if (input.getAttribute('data-suggest-ready')) {
            return;
        }
        input.setAttribute('data-suggest-ready', 'true');
        var form = input.form;
        var base = form.getAttribute('action').replace(/\/search\.xhtml.*$/, '');
        var list = document.createElement('ul');
        list.id = input.id + '-suggestions';
        list.className = 'zj-suggestions';
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        if (input.getAttribute('data-suggest-label')) {
            list.setAttribute('aria-label', input.getAttribute('data-suggest-label'));
        }
        input.parentNode.insertBefore(list, input.nextSibling);
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('autocomplete', 'off');
        var timer = null;
        var asked = 0;
        var active = -1;

        function close() {
            list.hidden = true;
            list.textContent = '';
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }

        function show(items) {
            list.textContent = '';
            active = -1;
            input.removeAttribute('aria-activedescendant');
            if (!items.length) {
                close();
                return;
            }
            items.forEach(function (s, i) {
                var li = document.createElement('li');
                li.id = list.id + '-' + i;
                li.setAttribute('role', 'option');
                li.setAttribute('aria-selected', 'false');
                li.setAttribute('data-kind', s.kind);
                var a = document.createElement('a');
                a.href = base + s.link;
                a.textContent = s.text; // text, never HTML
                a.tabIndex = -1;
                li.appendChild(a);
                list.appendChild(li);
            });
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
        }

        function ask() {
            var text = input.value.trim();
            if (!text) {
                close();
                return;
            }
            var mine = ++asked;
            var kind = input.getAttribute('data-suggest-kind');
            var url = base + '/api/search/suggest?q=' + encodeURIComponent(text)
                + (kind ? '&kind=' + encodeURIComponent(kind) : '');
            fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (r) { return r.ok ? r.json() : {suggestions: []}; })
                .then(function (body) {
                    if (mine === asked) {
                        show(body.suggestions || []);
                    }
                })
                .catch(function () { if (mine === asked) { close(); } });
        }

        function move(step) {
            var options = list.querySelectorAll('[role=option]');
            if (!options.length) {
                return;
            }
            if (active >= 0) {
                options[active].setAttribute('aria-selected', 'false');
                options[active].classList.remove('zj-active');
            }
            active = (active + step + options.length) % options.length;
            options[active].setAttribute('aria-selected', 'true');
            options[active].classList.add('zj-active');
            input.setAttribute('aria-activedescendant', options[active].id);
        }

        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(ask, DELAY);
        });
        input.addEventListener('keydown', function (e) {
            if (e.key === 'ArrowDown' || e.key === 'Down') {
                if (list.hidden) { ask(); } else { move(1); }
                e.preventDefault();
            } else if (e.key === 'ArrowUp' || e.key === 'Up') {
                move(-1);
                e.preventDefault();
            } else if (e.key === 'Escape' || e.key === 'Esc') {
                if (!list.hidden) {
                    close();
                    e.preventDefault(); // the first Escape closes the list; only a second one clears the field
                }
            } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
                var link = list.querySelectorAll('[role=option] a')[active];
                if (link) {
                    e.preventDefault();
                    window.location.href = link.href;
                }
            }
        });
        input.addEventListener('blur', function () {
            // after a click on a suggestion (mousedown keeps the focus until the link is followed)
            setTimeout(close, 200);
        });
        list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    }

    function init() {
        var inputs = document.querySelectorAll('input[data-suggest]');
        for (var i = 0; i < inputs.length; i++) {
            if (inputs[i].form && window.fetch) {
                setUp(inputs[i]);
            }
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
