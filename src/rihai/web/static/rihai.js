// Send the CSRF token with every HTMX request (the token sits in a <meta> tag, not in a cookie
// that scripts could read), and let error responses swap in so refusals are shown to the user.
document.addEventListener("htmx:configRequest", function (evt) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { evt.detail.headers["X-CSRF-Token"] = meta.content; }
  // Partials come back in the page's language (chosen with ?lang=, which no cookie remembers).
  var lang = document.documentElement.lang;
  if (lang && evt.detail.path.indexOf("lang=") === -1) {
    evt.detail.path += (evt.detail.path.indexOf("?") === -1 ? "?" : "&") + "lang=" + encodeURIComponent(lang);
  }
});
document.addEventListener("htmx:beforeSwap", function (evt) {
  var status = evt.detail.xhr.status;
  if (status === 409 || status === 422 || status === 403 || status === 400) {
    evt.detail.shouldSwap = true;
    evt.detail.isError = false;
  }
});

// A refusal raised before a section's handler runs (403 from the permission check, 404) comes back
// as the generic error box; show it inside the form that was sent instead of replacing the section.
document.addEventListener("htmx:beforeSwap", function (evt) {
  var status = evt.detail.xhr.status;
  if (status < 400) { return; }
  var text = evt.detail.xhr.responseText || "";
  var elt = evt.detail.requestConfig && evt.detail.requestConfig.elt;
  var slot = elt && elt.querySelector ? elt.querySelector(".form-errors") : null;
  if (slot && text.indexOf('class="alert alert-error"') === 0) {
    evt.detail.shouldSwap = true;
    evt.detail.isError = false;
    evt.detail.target = slot;
    evt.detail.swapOverride = "innerHTML";
  } else if (status >= 400) {
    evt.detail.shouldSwap = true;
    evt.detail.isError = false;
  }
});

// htmx would inject a <style> element for its request indicator, which the CSP (style-src 'self')
// blocks; the same rules live in rihai.css instead. Deferred scripts run before htmx initialises.
if (window.htmx) { window.htmx.config.includeIndicatorStyles = false; }

// The menu button (phones): opens and closes the menu it controls; Escape closes it and gives the
// focus back to the button. The stylesheet folds the menu while aria-expanded is "false".
document.addEventListener("click", function (evt) {
  var button = evt.target.closest ? evt.target.closest(".menu-button") : null;
  if (!button) { return; }
  button.setAttribute("aria-expanded", button.getAttribute("aria-expanded") === "true" ? "false" : "true");
});
document.addEventListener("keydown", function (evt) {
  var button = document.querySelector('.menu-button[aria-expanded="true"]');
  if (evt.key === "Escape" && button) {
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
});

// After a refusal (issue 19): focus moves to the form's error summary, which the browser scrolls
// to and a screen reader reads; a summary item's link takes the focus to its field, found by id
// or, where the field has none, by its name in the same form. A result that appears below the
// fold (data-reveal, the /screen result on a phone) is scrolled to and focused the same way.
function rihaiReveal(root) {
  var scope = root && root.querySelector ? root : document;
  var summary = scope.querySelector("[data-error-summary]") ||
    (scope.matches && scope.matches("[data-error-summary]") ? scope : null);
  var target = summary || scope.querySelector("[data-reveal]") ||
    (scope.matches && scope.matches("[data-reveal]") ? scope : null);
  if (!target) { return; }
  if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
}
document.addEventListener("DOMContentLoaded", function () {
  if (document.querySelector("[data-error-summary]")) { rihaiReveal(document); }
});
document.addEventListener("htmx:afterSwap", function (evt) {
  rihaiReveal(evt.detail.target);
});
document.addEventListener("click", function (evt) {
  var link = evt.target.closest ? evt.target.closest("a[data-field]") : null;
  if (!link) { return; }
  var form = link.closest("form") || document;
  var name = link.getAttribute("data-field");
  var field = document.getElementById("field-" + name.replace(/\./g, "-"));
  if (!field) {
    var named = form.querySelectorAll("[name]");
    for (var i = 0; i < named.length; i++) {
      if (named[i].getAttribute("name") === name && named[i].type !== "hidden") { field = named[i]; break; }
    }
  }
  if (!field) { return; }
  evt.preventDefault();
  field.scrollIntoView({ block: "center" });
  field.focus({ preventScroll: true });
});
