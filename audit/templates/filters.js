(function () {
  var sev = document.getElementById("f-severity"), rule = document.getElementById("f-rule");
  function apply() {
    var shown = 0;
    document.querySelectorAll("article.finding").forEach(function (el) {
      var ok = (!sev.value || el.dataset.severity === sev.value) && (!rule.value || el.dataset.rule === rule.value);
      el.classList.toggle("hidden", !ok);
      if (ok) { shown++; }
    });
    document.querySelectorAll("h2.group").forEach(function (h) {
      var any = document.querySelector('article.finding[data-severity="' + h.dataset.severity + '"]:not(.hidden)');
      h.classList.toggle("hidden", !any);
    });
    document.getElementById("f-count").textContent = shown;
  }
  sev.addEventListener("change", apply);
  rule.addEventListener("change", apply);
}());
