/*
 * Confirmation before a consequential button (issue 14: no inline scripts under the Content-Security-Policy).
 * A button or link with data-confirm="question" asks the question first; "Cancel" stops the click before the
 * button's own handlers (form submit or Ajax) run. Listens in the capture phase on the document, so it also covers
 * buttons added later by Ajax updates.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var target = event.target;
        var el = target && target.closest ? target.closest('[data-confirm]') : null;
        if (!el || el.disabled) {
            return;
        }
        if (!window.confirm(el.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
})();
