// «Condividi questa scheda»: a mailto link that works everywhere; where the browser offers
// the Web Share API (phones), the same link opens the system's share sheet instead.
(function () {
  "use strict";
  if (!navigator.share) {
    return;
  }
  document.querySelectorAll("a.share-link[data-share-url]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      navigator.share({ title: link.dataset.shareTitle, url: link.dataset.shareUrl }).catch(function () {});
    });
  });
})();
