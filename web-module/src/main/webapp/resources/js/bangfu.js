/*
 * Bangfu's page shell: on a phone-sized screen the side menu is folded away behind the header's
 * menu button (#navToggle); a click opens or closes it. A file of its own because the
 * Content-Security-Policy allows no inline script without PrimeFaces' nonce.
 */
document.addEventListener("click", function (event) {
    var toggle = event.target.closest ? event.target.closest("#navToggle") : null;
    if (!toggle) {
        return;
    }
    var open = document.body.classList.toggle("bf-nav-open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
});

/*
 * Score sheets (the appraisal form): Enter in a cell moves to the next cell, as in a spreadsheet, so that a form is
 * scored from the keyboard; leaving the cell saves it (its change event).
 */
document.addEventListener("keydown", function (event) {
    var cell = event.target;
    if (event.key !== "Enter" || !cell.classList || !cell.classList.contains("bf-cell") || cell.tagName === "TEXTAREA") {
        return;
    }
    event.preventDefault();
    var cells = Array.prototype.slice.call(document.querySelectorAll(".bf-cell:not([disabled])"));
    var next = cells[cells.indexOf(cell) + 1];
    if (next) {
        next.focus();
        if (next.select) {
            next.select();
        }
    } else {
        cell.blur();
    }
});
