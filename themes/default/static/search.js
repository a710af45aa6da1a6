/* Site search over the static index in search/ (written by sitegen.search): no server, no library.

   Progressive enhancement: every form[data-search] is hidden in the HTML and shown here, so without
   JavaScript (or in a browser without what this needs) there is no search box at all, and the search
   page says where else to look. A query downloads search/meta.json once, then only the term shards of
   its words and the document chunks of the results it shows.

   The header form shows a short list under the box; the search page (form[data-search-page]) a longer
   one with "More results". Keyboard: type, ArrowDown into the results, ArrowUp/ArrowDown through them,
   Enter follows a link, Escape closes the list and returns to the box. The result count is announced
   through a role="status" element. */
(function () {
  "use strict";

  var WORD, MARK, ENDS_WITH_SEPARATOR;
  try { // built here, not as literals, so that an older browser fails softly instead of at parse time
    WORD = new RegExp("[\\p{L}\\p{N}]+", "gu"); // the index's words: letters and digits of any script
    MARK = new RegExp("^\\p{M}$", "u");
    ENDS_WITH_SEPARATOR = new RegExp("[^\\p{L}\\p{N}]$", "u");
  } catch (error) {
    return; // no Unicode property escapes: leave search hidden
  }
  if (!window.fetch || !window.Map || !String.prototype.normalize) return;

  var HEADER_LIMIT = 8;
  var PAGE_STEP = 20;
  var DEBOUNCE_MS = 150;
  var KINDS = { article: "Article", speaker: "Speaker", place: "Place", tag: "Tag", note: "Editor note" };
  var CYRILLIC_LETTER_MARKS = "\u0306\u0308"; // й, ї, ё are letters of their own: keep their marks

  // -- the words of a query, folded as sitegen.search.fold folds the index's -------------------------

  function fold(word) {
    if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
    var out = "";
    var afterCyrillic = false;
    for (var ch of word.normalize("NFKD")) {
      if (MARK.test(ch)) {
        if (afterCyrillic && CYRILLIC_LETTER_MARKS.indexOf(ch) >= 0) out += ch;
        continue;
      }
      var code = ch.codePointAt(0);
      afterCyrillic = code >= 0x400 && code <= 0x4ff;
      out += ch;
    }
    return out.normalize("NFC").toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "σ");
  }

  /* A folded Cyrillic term romanized as sitegen.slugs.slugify does (Ukrainian national system of 2010,
     Russian-only letters alike), or "" when it has no Cyrillic: "харків" → "kharkiv". */
  var ROMAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ъ": "", "ё": "io"
  };
  var ROMAN_FIRST = { "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya" };

  function romanize(term) {
    if (!/[\u0400-\u04ff]/.test(term)) return "";
    var out = "";
    var chars = Array.from(term);
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i];
      if (ch === "з" && chars[i + 1] === "г") { out += "zgh"; i++; }
      else if (i === 0 && ROMAN_FIRST[ch]) out += ROMAN_FIRST[ch];
      else if (ROMAN.hasOwnProperty(ch)) out += ROMAN[ch];
      else if (/^[a-z0-9]$/.test(ch)) out += ch;
    }
    return out;
  }

  /* Runs of text between spaces: each is folded before it is cut into words, so that a combining accent
     does not split a word (sitegen.search does the same). */
  function runs(text) {
    return text.split(/\s+/).filter(Boolean);
  }

  function length(term) {
    return Array.from(term).length;
  }

  /* The terms to look up: [{term, prefix}]. The last word is a prefix while the reader is still typing
     it (no space after it yet); a prefix is looked up even when it is a stop word ("an" → "antonov"). */
  function queryTerms(text, meta) {
    var stop = new Set(meta.stop_words);
    var raw = runs(text);
    var open = raw.length > 0 && !ENDS_WITH_SEPARATOR.test(text);
    var seen = new Set();
    var out = [];
    raw.forEach(function (word, index) {
      var parts = fold(word).match(WORD) || [];
      parts.forEach(function (term, partIndex) {
        var prefix = open && index === raw.length - 1 && partIndex === parts.length - 1;
        if (length(term) < meta.min_length || (!prefix && stop.has(term)) || seen.has(term)) return;
        seen.add(term);
        var roman = romanize(term);
        out.push({ term: term, prefix: prefix, roman: roman !== term && length(roman) >= meta.min_length ? roman : "" });
      });
    });
    return out;
  }

  // -- the index, loaded piece by piece --------------------------------------------------------------

  function Index(base) {
    this.base = base;
    this.meta = null; // a promise
    this.files = new Map(); // file name → promise of its JSON
  }

  Index.prototype.load = function (name) {
    var self = this;
    if (!this.files.has(name)) {
      var request = this.loadMeta().then(function (meta) {
        return getJSON(self.base + "search/" + name + "?v=" + encodeURIComponent(meta.index));
      });
      request.catch(function () { self.forget(name); });
      this.files.set(name, request);
    }
    return this.files.get(name);
  };

  Index.prototype.forget = function (name) {
    this.files.delete(name);
    this.meta = null; // the site may have been published again: read meta.json afresh next time
  };

  Index.prototype.loadMeta = function () {
    var self = this;
    if (!this.meta) {
      this.meta = getJSON(this.base + "search/meta.json", { cache: "no-cache" }).then(function (meta) {
        meta.shardSet = new Set(meta.shards);
        return meta;
      });
      this.meta.catch(function () { self.meta = null; });
    }
    return this.meta;
  };

  /* The shard keys that hold a term (the longest key that starts it) or, for a prefix, every term that
     starts with it (that shard and the longer keys below it). */
  function shardKeys(meta, term, prefix) {
    var chars = Array.from(term);
    var keys = [];
    for (var n = chars.length; n >= 1; n--) {
      var key = chars.slice(0, n).join("");
      if (meta.shardSet.has(key)) { keys.push(key); break; }
    }
    if (prefix) {
      meta.shards.forEach(function (key) {
        if (key.length > term.length && key.lastIndexOf(term, 0) === 0) keys.push(key);
      });
    }
    return keys;
  }

  function hex(text) {
    return Array.from(new TextEncoder().encode(text), function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }

  /* doc → weight for one term; for a prefix, the best weight among the terms it starts. */
  Index.prototype.postings = function (meta, term, prefix) {
    var self = this;
    var files = shardKeys(meta, term, prefix).map(function (key) { return self.load("terms-" + hex(key) + ".json"); });
    return Promise.all(files).then(function (shards) {
      var weights = new Map();
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (candidate) {
          if (candidate === term || (prefix && candidate.lastIndexOf(term, 0) === 0)) {
            var flat = shard[candidate];
            var doc = 0;
            for (var i = 0; i < flat.length; i += 2) {
              doc += flat[i];
              if ((weights.get(doc) || 0) < flat[i + 1]) weights.set(doc, flat[i + 1]);
            }
          }
        });
      });
      return weights;
    });
  };

  /* doc → weight for a query term; a Cyrillic term also as romanized, so "Харків" finds "Kharkiv". */
  Index.prototype.termWeights = function (meta, t) {
    var lookups = [this.postings(meta, t.term, t.prefix)];
    if (t.roman) lookups.push(this.postings(meta, t.roman, t.prefix));
    return Promise.all(lookups).then(function (maps) {
      if (maps.length === 1) return maps[0];
      maps[1].forEach(function (weight, doc) {
        if ((maps[0].get(doc) || 0) < weight) maps[0].set(doc, weight);
      });
      return maps[0];
    });
  };

  /* Every document that has all the terms, best first: [[doc, score]]. */
  Index.prototype.search = function (text) {
    var self = this;
    return this.loadMeta().then(function (meta) {
      var terms = queryTerms(text, meta);
      if (!terms.length) return { terms: terms, ranked: [] };
      return Promise.all(terms.map(function (t) { return self.termWeights(meta, t); }))
        .then(function (lists) {
          lists.sort(function (a, b) { return a.size - b.size; });
          var ranked = [];
          lists[0].forEach(function (weight, doc) {
            var score = weight;
            for (var i = 1; i < lists.length; i++) {
              var other = lists[i].get(doc);
              if (other === undefined) return;
              score += other;
            }
            ranked.push([doc, score]);
          });
          ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
          return { terms: terms, ranked: ranked };
        });
    });
  };

  /* The rows [url, title, kind, meta] of some documents, loading only their chunks. */
  Index.prototype.documents = function (docs) {
    var self = this;
    return this.loadMeta().then(function (meta) {
      return Promise.all(docs.map(function (doc) {
        return self.load("docs-" + Math.floor(doc / meta.chunk) + ".json").then(function (chunk) {
          return chunk[doc % meta.chunk];
        });
      }));
    });
  };

  function getJSON(url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  // -- the forms -------------------------------------------------------------------------------------

  var indexes = new Map(); // base path → Index: one per page, shared by its forms

  function enhance(form) {
    var base = form.getAttribute("data-base") || "/";
    if (!indexes.has(base)) indexes.set(base, new Index(base));
    var index = indexes.get(base);
    var page = form.hasAttribute("data-search-page");
    var input = form.querySelector("input[name=q]");
    if (!input) return;

    var status = form.querySelector("[data-search-status]") || append(form, "p", "search-status visually-hidden");
    status.setAttribute("role", "status");
    var panel = page ? null : append(form, "div", "search-panel");
    var list = form.querySelector("[data-search-results]") || append(panel, "ol", "search-results");
    var more = form.querySelector("[data-search-more]");
    if (panel) panel.hidden = true;

    var timer = 0;
    var sequence = 0; // answers to older queries are dropped
    var ranked = [];
    var shown = 0;
    var query = "";

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a"));
    }

    function setOpen(open) {
      if (panel) panel.hidden = !open;
    }

    function say(text) {
      status.textContent = text;
    }

    function run(text) {
      var mine = ++sequence;
      query = text;
      if (!text.trim()) {
        ranked = [];
        list.textContent = "";
        if (more) more.hidden = true;
        say("");
        setOpen(false);
        return Promise.resolve();
      }
      return index.search(text).then(function (result) {
        if (mine !== sequence) return;
        ranked = result.ranked;
        shown = 0;
        list.textContent = "";
        return showMore(mine).then(function () {
          if (mine !== sequence) return;
          say(countText(ranked.length, text));
          setOpen(true);
        });
      }).catch(function () {
        if (mine !== sequence) return;
        list.textContent = "";
        say("Search is not available right now. Try again later.");
        setOpen(true);
      });
    }

    function showMore(mine) {
      var step = page ? PAGE_STEP : HEADER_LIMIT;
      var next = ranked.slice(shown, shown + step);
      return index.documents(next.map(function (pair) { return pair[0]; })).then(function (rows) {
        if (mine !== sequence) return;
        rows.forEach(function (row) { if (row) list.appendChild(resultItem(row)); });
        shown += next.length;
        if (more) more.hidden = !(page && shown < ranked.length);
        if (!page && ranked.length > shown) list.appendChild(allResultsItem());
      });
    }

    function resultItem(row) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = base + row[0];
      append(link, "span", "search-result-title").textContent = row[1];
      append(link, "span", "search-result-kind").textContent = KINDS[row[2]] || row[2];
      if (row[3]) append(link, "span", "search-result-meta").textContent = row[3];
      item.appendChild(link);
      return item;
    }

    function allResultsItem() {
      var item = document.createElement("li");
      item.className = "search-all";
      var link = document.createElement("a");
      link.href = form.getAttribute("action") + "?q=" + encodeURIComponent(query);
      link.textContent = "All " + ranked.length + " results";
      item.appendChild(link);
      return item;
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(input.value); }, DEBOUNCE_MS);
    });

    form.addEventListener("keydown", function (event) {
      var items = links();
      var position = items.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        setOpen(true);
        items[Math.min(position + 1, items.length - 1)].focus();
      } else if (event.key === "ArrowUp" && position >= 0) {
        event.preventDefault();
        (position === 0 ? input : items[position - 1]).focus();
      } else if (event.key === "Escape") {
        if (panel && !panel.hidden) {
          event.preventDefault();
          setOpen(false);
          input.focus();
        } else if (position >= 0) {
          event.preventDefault();
          input.focus();
        }
      } else if (position >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        input.focus(); // typing on a result goes on typing in the box
      }
    });

    form.addEventListener("focusout", function () {
      setTimeout(function () {
        if (!form.contains(document.activeElement)) setOpen(false);
      }, 0);
    });
    input.addEventListener("focus", function (event) { // coming back to the box from elsewhere
      if (panel && list.firstChild && !form.contains(event.relatedTarget)) setOpen(true);
    });

    form.addEventListener("submit", function (event) {
      if (!page) return; // the header form goes to the search page, which shows every result
      event.preventDefault();
      clearTimeout(timer);
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      run(input.value);
    });

    if (more) {
      more.addEventListener("click", function () {
        var first = shown;
        showMore(sequence).then(function () {
          var items = links();
          if (items[first]) items[first].focus();
        });
      });
    }

    form.hidden = false;
    if (page) {
      var initial = new URLSearchParams(location.search).get("q");
      if (initial) {
        input.value = initial;
        run(initial);
      }
    }
  }

  function countText(count, text) {
    var quoted = "\u201c" + text.trim() + "\u201d";
    if (!count) return "No results for " + quoted + ".";
    return (count === 1 ? "1 result" : count + " results") + " for " + quoted + ".";
  }

  function append(parent, tag, className) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  }

  var forms = document.querySelectorAll("form[data-search]");
  if (!forms.length) return;
  Array.prototype.forEach.call(forms, enhance);
  Array.prototype.forEach.call(document.querySelectorAll("[data-search-fallback]"), function (element) {
    element.hidden = true;
  });

  // For the tests: the browser's query tokenizer, to compare with sitegen.search.query_terms.
  window.sitegenSearch = { fold: fold, romanize: romanize, queryTerms: queryTerms };
})();
