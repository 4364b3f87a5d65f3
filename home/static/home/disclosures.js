// Filter panels are <details> disclosures, closed on phones so that results come first.
// On a wide screen there is room beside the results: open them. Without JavaScript they
// stay closed and open with their button.
(function () {
  var wide = window.matchMedia("(min-width: 992px)");
  function apply() {
    document.querySelectorAll("details[data-open-when-wide]").forEach(function (panel) {
      if (wide.matches) panel.open = true;
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", apply);
  else apply();
})();
