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
