/* vplan search page. The generator ships every section of the school's documents in zoekindex.js
   (window.vplanZoekindex); this script builds a lunr index of them in the browser, with a Dutch
   word-form pipeline, and shows the hits with a highlighted snippet as the reader types.
   Everything runs locally, also from file:// where pages may not fetch other files. */
(function () {
  "use strict";

  /* ---- Dutch word forms ------------------------------------------------------------------
     A light stemmer after the main rules of Kraaij and Pohlmann's Dutch stemmer: plural and verb
     endings, -ing and -heid, doubled consonants and long vowels, v/z at the end. A word is indexed
     and searched under a few forms, so that a participle with ge- (gepest), a verb form ending in
     -t (pest) and an agent noun in -er (pester) all meet the infinitive (pesten). */

  var STOP = {};
  ("aan al alle als andere ben bij dan dat de der deze die dit doch door dus een eens en er ge geen " +
   "had heb hebben heeft het hier hij hoe hun iets ik in is ja je kan kon kunnen maar me meer men met " +
   "mij mijn moet na naar niet niets nog nu of om omdat ons ook op over reeds te tot u uit uw van veel " +
   "voor want waren was wat we wel werd wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou").split(" ")
    .forEach(function (w) { STOP[w] = true; });

  var VOWEL = /[aeiouy]/;

  function plain(word) {
    return word.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  }

  /* The stem of one word form; the rules are tried longest ending first, one ending is removed. */
  var ENDINGS = [
    ["heden", "", 3], ["ingen", "", 3], ["eren", "", 4], ["heid", "", 3], ["ers", "", 4], ["ing", "", 3],
    ["en", "", 3], ["er", "", 4], ["es", "", 3], ["e", "", 3]
  ];

  function stem(word) {
    if (word.length <= 3 || /[0-9]/.test(word)) { return word; }
    var base = word;
    var vowelEnding = false;
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i][0];
      if (word.length - ending.length >= ENDINGS[i][2] && word.slice(-ending.length) === ending
          && VOWEL.test(word.slice(0, -ending.length))) {
        base = word.slice(0, -ending.length) + ENDINGS[i][1];
        vowelEnding = ending.charAt(0) === "e" || ending === "ing" || ending === "ingen";
        break;
      }
    }
    if (base === word && /[rlnm]s$/.test(word) && word.length - 1 >= 4) {
      base = word.slice(0, -1); // plural -s: ouders, leraars, tekens
    }
    if (vowelEnding) {
      if (/([^aeiouy])\1$/.test(base)) {
        base = base.slice(0, -1);                     // bellen → bel, ongevallen → ongeval
      } else if (/[^aeiouy][aou][^aeiouyw]$/.test(base) || /^[^aeiouy]*e[^aeiouyw]$/.test(base)) {
        base = base.slice(0, -1) + base.slice(-2);    // maken → maak, scholen → school, leren → leer
      }
    }
    return devoiced(base);
  }

  function devoiced(word) {
    return word.replace(/v$/, "f").replace(/z$/, "s"); // geven → geef, lezen → lees
  }

  /* The forms a word is indexed and searched under: its stem, without a final -t, without ge-. */
  function forms(word) {
    var result = [];
    function add(w) {
      var s = stem(w);
      if (s && result.indexOf(s) < 0) { result.push(s); }
      if (w.length >= 4 && /[^aeiouytd][td]$|dt$/.test(w)) {
        var t = devoiced(w.slice(0, -1));                  // werkt → werk, meldt → meld, ontruimd → ontruim
        if (result.indexOf(t) < 0) { result.push(t); }
      }
    }
    add(word);
    if (/^ge[^e]/.test(word) && word.length >= 6 && !/^ge(en|ef|ld)/.test(word)) {
      add(word.slice(2));                                  // gepest → pest, gemeld → meld
    }
    return result;
  }

  window.vplanDutchForms = forms; // for tests and for the curious reader in the console

  function dutch(token) {
    var word = plain(token.toString());
    if (!word || STOP[word]) { return null; }
    return forms(word).map(function (f) { return token.clone(function () { return f; }); });
  }
  if (!window.lunr) { return; }
  lunr.Pipeline.registerFunction(dutch, "vplanDutch");
  lunr.tokenizer.separator = /[\s\-\/]+/;

  var data = window.vplanZoekindex;
  var input = document.getElementById("zoekterm");
  var status = document.getElementById("zoekstatus");
  var list = document.getElementById("zoekresultaten");
  if (!data || !input || !list) { return; }

  var sections = data.secties;
  var started = Date.now();
  var index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(dutch);
    this.searchPipeline.add(dutch);
    this.metadataWhitelist = ["position"];
    this.ref("nr");
    this.field("section", { boost: 4 });
    this.field("page", { boost: 2 });
    this.field("text");
    var builder = this;
    sections.forEach(function (s, nr) {
      builder.add({ nr: String(nr), section: s.section, page: s.page, text: s.text });
    });
  });
  document.body.setAttribute("data-zoekindex-ms", String(Date.now() - started));

  /* Every word must occur (in one of its forms, or as the start of a longer word: pest → pestprotocol). */
  function search(query) {
    var words = query.split(lunr.tokenizer.separator).map(plain).filter(function (w) { return w && !STOP[w]; });
    if (words.length === 0) { return []; }
    var found = null;
    words.forEach(function (word) {
      var hits = {};
      index.query(function (q) {
        q.term(word);
        if (word.length >= 4) {
          q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.3 });
        }
      }).forEach(function (hit) { hits[hit.ref] = hit; });
      if (found === null) {
        found = {};
        Object.keys(hits).forEach(function (ref) { found[ref] = { score: hits[ref].score, data: [hits[ref].matchData] }; });
      } else {
        Object.keys(found).forEach(function (ref) {
          if (hits[ref]) {
            found[ref].score += hits[ref].score;
            found[ref].data.push(hits[ref].matchData);
          } else {
            delete found[ref];
          }
        });
      }
    });
    return Object.keys(found).map(function (ref) {
      return { section: sections[Number(ref)], score: found[ref].score, data: found[ref].data };
    }).sort(function (a, b) { return b.score - a.score; });
  }

  /* The hit positions [start, length] in one field of a result. */
  function positions(result, field) {
    var all = [];
    result.data.forEach(function (matchData) {
      Object.keys(matchData.metadata).forEach(function (term) {
        var where = matchData.metadata[term][field];
        if (where && where.position) { all = all.concat(where.position); }
      });
    });
    return all.sort(function (a, b) { return a[0] - b[0]; });
  }

  /* Text with its hits in <mark>, built as DOM nodes (the text is never parsed as HTML). */
  function highlighted(text, hits, from, to) {
    var fragment = document.createDocumentFragment();
    var at = from;
    hits.forEach(function (hit) {
      var start = hit[0];
      var end = hit[0] + hit[1];
      while (end > start && /[^\p{L}\p{N}]/u.test(text.charAt(end - 1))) { end--; }
      if (start < at || end > to || end <= start) { return; }
      fragment.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      at = end;
    });
    fragment.appendChild(document.createTextNode(text.slice(at, to)));
    return fragment;
  }

  function snippet(text, hits) {
    var p = document.createElement("p");
    p.className = "fragment";
    var first = hits.length ? hits[0][0] : 0;
    var from = Math.max(0, text.lastIndexOf(" ", Math.max(0, first - 80)) + 1);
    if (first - from > 100) { from = first - 80; }
    var to = text.indexOf(" ", Math.min(text.length, first + 160));
    if (to < 0) { to = text.length; }
    if (from > 0) { p.appendChild(document.createTextNode("… ")); }
    p.appendChild(highlighted(text, hits, from, to));
    if (to < text.length) { p.appendChild(document.createTextNode(" …")); }
    return p;
  }

  var MAX = 30;

  function show(query) {
    list.textContent = "";
    var term = query.trim();
    if (!term) {
      status.textContent = "";
      return;
    }
    var results = search(term);
    status.textContent = results.length === 0 ? "Niets gevonden voor ‘" + term + "’."
      : results.length + (results.length === 1 ? " plaats" : " plaatsen") + " gevonden voor ‘" + term + "’"
        + (results.length > MAX ? "; de eerste " + MAX + " staan hieronder." : ".");
    results.slice(0, MAX).forEach(function (result) {
      var s = result.section;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = s.href;
      link.appendChild(highlighted(s.section || s.page, positions(result, s.section ? "section" : "page"), 0, (s.section || s.page).length));
      item.appendChild(link);
      var where = document.createElement("span");
      where.className = "waar";
      where.textContent = s.document + " › " + s.page;
      item.appendChild(where);
      if (s.text) { item.appendChild(snippet(s.text, positions(result, "text"))); }
      list.appendChild(item);
    });
  }

  var asked = new URLSearchParams(window.location.search).get("q") || "";
  input.value = asked;
  show(asked);

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 150);
  });
}());
