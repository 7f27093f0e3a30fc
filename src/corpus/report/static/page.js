// Open the collapsed page (<details>) that holds the anchor of the URL, then scroll to it:
// links from the index and the verbatims page land on a verbatim inside a closed page.
(function () {
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) { return; }
    for (var p = el; p; p = p.parentElement) {
      if (p.tagName === 'DETAILS') { p.open = true; }
    }
    el.scrollIntoView();
  }
  window.addEventListener('hashchange', reveal);
  window.addEventListener('DOMContentLoaded', reveal);
})();
