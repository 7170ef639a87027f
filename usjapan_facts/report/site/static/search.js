// Search the prebuilt index (search-index.js) as the reader types: no server, no request, no tracking.
"use strict";
(function () {
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var index = window.SEARCH_INDEX || [];
  if (!form || !input || !results) { return; }
  form.hidden = false;

  function matches(entry, words) {
    var sentences = entry.sentences.map(function (s) { return s.text; }).join(" ");
    var haystack = [entry.label, entry.id, entry.section, entry.value, sentences].join(" ").toLowerCase();
    return words.every(function (word) { return haystack.indexOf(word) !== -1; });
  }

  function sentenceFor(entry, words) {
    for (var i = 0; i < entry.sentences.length; i++) {
      var text = entry.sentences[i].text.toLowerCase();
      if (words.some(function (word) { return text.indexOf(word) !== -1; })) { return entry.sentences[i]; }
    }
    return null;
  }

  function show() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var found = index.filter(function (entry) { return matches(entry, words); });
    status.textContent = found.length + (found.length === 1 ? " fact" : " facts") + " found";
    found.forEach(function (entry) {
      var item = document.createElement("li");
      item.className = "result";
      item.dataset.fact = entry.id;
      var link = document.createElement("a");
      link.href = entry.url;
      link.textContent = entry.label;
      item.appendChild(link);
      var value = document.createElement("span");
      value.className = "value";
      value.textContent = entry.value ? " " + entry.value + (entry.carried ? " (last recorded " : " (as of ") + entry.recorded + ")" : " no value recorded";
      item.appendChild(value);
      var sentence = sentenceFor(entry, words);
      if (sentence) {
        var quote = document.createElement("blockquote");
        quote.className = "quote";
        quote.textContent = sentence.text;
        var label = document.createElement("p");
        label.className = "said";
        label.textContent = "The brief, " + sentence.versions.join(", ") + ":";
        item.appendChild(label);
        item.appendChild(quote);
      }
      results.appendChild(item);
    });
  }

  input.addEventListener("input", show);
  form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
  show();
})();
