// Rabta's only script: wiring that cannot be inline because the Content-Security-Policy forbids inline script.
(function () {
    "use strict";

    // Send the CSRF token with every htmx request that changes something.
    document.addEventListener("htmx:configRequest", function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // Buttons with data-confirm ask before submitting (deactivate, close, withdraw ...).
    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-confirm]");
        if (button && !window.confirm(button.getAttribute("data-confirm"))) {
            event.preventDefault();
        }
    });

    // Auto-submit filter forms on change when marked data-autosubmit (progressive enhancement).
    document.addEventListener("change", function (event) {
        var form = event.target.closest("form[data-autosubmit]");
        if (form && !window.htmx) {
            form.requestSubmit();
        }
    });
})();
