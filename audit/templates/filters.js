(function () {
  var sev = document.getElementById("f-severity"), rule = document.getElementById("f-rule");
  var doc = document.getElementById("f-document"), search = document.getElementById("f-search");
  function apply() {
    var shown = 0, q = search ? search.value.trim().toLowerCase() : "";
    document.querySelectorAll("article.finding").forEach(function (el) {
      var ok = (!sev.value || el.dataset.severity === sev.value) &&
        (!rule.value || el.dataset.rule === rule.value) &&
        (!doc || !doc.value || el.dataset.document === doc.value) &&
        (!q || el.textContent.toLowerCase().indexOf(q) >= 0);
      el.classList.toggle("hidden", !ok);
      if (ok) { shown++; }
    });
    document.querySelectorAll("h2.group").forEach(function (h) {
      var any = document.querySelector('article.finding[data-severity="' + h.dataset.severity + '"]:not(.hidden)');
      h.classList.toggle("hidden", !any);
    });
    document.getElementById("f-count").textContent = shown;
  }
  // a rule name opens its explanation at the foot of the page
  document.querySelectorAll("a.rule").forEach(function (a) {
    a.addEventListener("click", function () {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (target) { target.open = true; }
    });
  });
  sev.addEventListener("change", apply);
  rule.addEventListener("change", apply);
  if (doc) { doc.addEventListener("change", apply); }
  if (search) { search.addEventListener("input", apply); }
}());
