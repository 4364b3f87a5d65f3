// «Il tuo comune»: the browser's own suggestion list (<datalist>) filled with the names of
// Lombardy's municipalities on first use. Without JavaScript the field is a plain text input
// and the server matches what was typed (accents, case and apostrophes do not matter).
(function () {
  function fill(input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list || list.dataset.filled) return;
    list.dataset.filled = "1";
    fetch(input.dataset.suggestions, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (names) {
        var fragment = document.createDocumentFragment();
        names.forEach(function (name) {
          var option = document.createElement("option");
          option.value = name;
          fragment.appendChild(option);
        });
        list.appendChild(fragment);
      })
      .catch(function () { delete list.dataset.filled; });
  }
  function start() {
    document.querySelectorAll("input[data-suggestions]").forEach(function (input) {
      input.addEventListener("focus", function () { fill(input); }, { once: true });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
