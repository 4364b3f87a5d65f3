/* Search suggestions: progressive enhancement of every search box whose container has
   data-search-suggest="<autocomplete URL>". Without JavaScript the form works as is.
   ARIA 1.2 combobox with a listbox popup; arrows move, Enter opens, Escape closes. */
(function () {
  "use strict";
  var DELAY = 200;
  var counter = 0;

  function setup(container) {
    var input = container.querySelector("input[type=search]");
    if (!input) { return; }
    var url = container.getAttribute("data-search-suggest");
    var statusText = container.getAttribute("data-search-suggest-status") || "";
    var listId = "search-suggest-" + (++counter);
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var timer = null;
    var active = -1;
    var items = [];

    list.id = listId;
    list.className = "search-suggest list-unstyled";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : input.name);
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    container.classList.add("search-suggest-container");
    container.appendChild(list);
    container.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      items.forEach(function (item, i) { item.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0) { input.setAttribute("aria-activedescendant", items[index].id); }
    }

    function render(results) {
      list.textContent = "";
      items = results.map(function (result, i) {
        var option = document.createElement("li");
        var type = document.createElement("span");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", result.url);
        option.textContent = result.title + " ";
        type.className = "search-suggest-type";
        type.textContent = result.type;
        option.appendChild(type);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.assign(result.url);
        });
        list.appendChild(option);
        return option;
      });
      status.textContent = results.length ? results.length + " " + statusText : "";
      if (results.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < 2) { render([]); return; }
      fetch(url + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (input.value.trim() === query) { render(data.results || []); } })
        .catch(function () { render([]); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(Math.min(active + 1, items.length - 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(Math.max(active - 1, -1));
      } else if (event.key === "Escape") {
        close();
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].getAttribute("data-url"));
      }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("[data-search-suggest]").forEach(setup);
})();
