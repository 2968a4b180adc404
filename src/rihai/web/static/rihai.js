// Send the CSRF token with every HTMX request (the token sits in a <meta> tag, not in a cookie
// that scripts could read), and let error responses swap in so refusals are shown to the user.
document.addEventListener("htmx:configRequest", function (evt) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { evt.detail.headers["X-CSRF-Token"] = meta.content; }
});
document.addEventListener("htmx:beforeSwap", function (evt) {
  var status = evt.detail.xhr.status;
  if (status === 409 || status === 422 || status === 403 || status === 400) {
    evt.detail.shouldSwap = true;
    evt.detail.isError = false;
  }
});
