// Runs before the page is drawn (not deferred): tells the stylesheet that scripts run, so the
// phone menu can start folded behind its button with no flash; without scripts it stays open.
document.documentElement.classList.add("js");
