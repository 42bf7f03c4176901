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

    // A form sent back with errors lists them at the top, each a link to its field. The same message ("This field is
    // required.") may stand for several fields, and the validator reports them in no fixed order: the script puts each
    // field's label before its message (form.errors.field: "{0}: {1}") and lists them in the order of the fields on
    // the page. Without the script the links still lead to the fields.
    function fieldLabel(control) {
        var label = control.tagName === "FIELDSET"
            ? control.querySelector("legend > span:first-child")
            : document.querySelector("label[for='" + CSS.escape(control.id) + "'] > span:first-child");
        return label && label.textContent.trim();
    }

    function nameTheFieldsInErrorSummaries(root) {
        root.querySelectorAll(".error-summary[data-field-error]:not([data-fields-named])").forEach(function (summary) {
            var pattern = summary.getAttribute("data-field-error");
            var items = [];
            summary.querySelectorAll("li").forEach(function (item) {
                var link = item.querySelector("a[href^='#']");
                var control = link && document.getElementById(link.hash.slice(1));
                var label = control && fieldLabel(control);
                if (label) {
                    link.textContent = pattern.replace("{0}", label).replace("{1}", link.textContent.trim());
                }
                items.push({ item: item, control: control });
            });
            items.sort(function (a, b) {
                if (a.control === b.control) {
                    return 0; // two errors of one field (or of none) keep their order
                }
                if (!a.control || !b.control) {
                    return a.control ? 1 : -1; // errors of no field (the whole form's) first
                }
                return a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
            });
            items.forEach(function (entry) {
                entry.item.parentNode.appendChild(entry.item);
            });
            summary.setAttribute("data-fields-named", "");
        });
    }
    nameTheFieldsInErrorSummaries(document);
    document.addEventListener("htmx:load", function (event) {
        nameTheFieldsInErrorSummaries(event.target);
    });

    // Auto-submit filter forms on change when marked data-autosubmit (progressive enhancement).
    document.addEventListener("change", function (event) {
        var form = event.target.closest("form[data-autosubmit]");
        if (form && !window.htmx) {
            form.requestSubmit();
        }
    });
})();
