/* Backstory search: scans the index that search-index.js defines, in the browser, with no
   server. Plain ES5 and no modules, so it also runs from a page opened from disk. A big
   site's index comes in parts, loaded one after another as script elements (which work from
   disk too); results are shown from the parts loaded so far and updated as more arrive. */
(function () {
  'use strict';

  var MAX_RESULTS = 50;
  var CONTEXT = 80;
  // Scripts written without spaces between words: a query word is matched as character pairs.
  var UNSPACED = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
  var MARKS = /[\u0300-\u036f]/g;

  var index = window.backstorySearch;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!index || !form || !input || !list || !status) {
    return;
  }
  var root = form.getAttribute('data-root') || '';

  /* Lower case without accents, one character for one, so a match found in the folded text
     sits at the same place in the original. */
  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c > '\u007f') {
        if (c === '\u0130') {
          c = 'i';
        } else if (c.normalize) {
          var parts = c.normalize('NFD');
          var base = parts.replace(MARKS, '');
          if (base.length === 1) {
            c = base;
          }
        }
      }
      var lower = c.toLowerCase();
      out += lower.length === 1 ? lower : c;
    }
    return out;
  }

  function terms(query) {
    var words = fold(query).split(/[\s,.;:!?"'()\[\]{}\u2018\u2019\u201c\u201d\u3001\u3002]+/);
    var result = [];
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (!word) {
        continue;
      }
      if (UNSPACED.test(word) && word.length > 2) {
        for (var j = 0; j + 1 < word.length; j++) {
          result.push(word.substr(j, 2));
        }
      } else {
        result.push(word);
      }
    }
    return result;
  }

  var sections = [];
  var folded = 0; // how many of index.docs are in sections
  var parts = index.parts || [];
  var partsLoaded = 0;
  var partsFailed = 0;

  /* Folds the explainers not yet folded: each once, on the first search after it arrived. */
  function prepare() {
    var docs = index.docs;
    for (var d = folded; d < docs.length; d++) {
      var doc = docs[d];
      var about = fold(doc[1] + ' ' + doc[2]);
      for (var s = 0; s < doc[3].length; s++) {
        var section = doc[3][s];
        sections.push({
          href: root + doc[0] + '#' + section[0],
          title: doc[1],
          heading: section[1],
          text: section[2],
          about: about,
          foldedHeading: fold(section[1]),
          foldedText: fold(section[2])
        });
      }
    }
    folded = docs.length;
    return sections;
  }

  function allArrived() {
    return partsLoaded + partsFailed >= parts.length;
  }

  /* Loads the index's other parts one after another, searching again as each arrives. */
  function loadPart() {
    if (allArrived()) {
      return;
    }
    var script = document.createElement('script');
    script.src = root + 'search/' + parts[partsLoaded + partsFailed];
    script.onload = function () {
      partsLoaded++;
      arrived();
    };
    script.onerror = function () {
      partsFailed++;
      arrived();
    };
    document.body.appendChild(script);
  }

  function arrived() {
    if (input.value) {
      show(input.value);
    }
    loadPart();
  }

  /* What the status adds while parts are loading, or when some could not be. */
  function loading() {
    if (!allArrived()) {
      return ' so far (' + (partsLoaded + 1) + ' of ' + (parts.length + 1)
          + ' parts of the index searched)';
    }
    return partsFailed ? '; ' + partsFailed + ' of ' + (parts.length + 1)
        + ' parts of the index could not be loaded' : '';
  }

  /* A letter or digit of a script written with spaces: one before a term's place puts it
     inside a word. */
  function inWord(c) {
    return (c >= '0' && c <= '9') || c.toLowerCase() !== c.toUpperCase()
        || (c >= '\u0590' && c <= '\u0dff');
  }

  /* Where needle is next found at the start of a word of haystack, from the place given, or
     -1: "veto" is found in "vetoes", "us" not in "obvious". A term of one or two letters
     ("US", "UN") is found only as a whole word, as the start of so many words would bury it.
     A pair of characters of a script written without spaces is found anywhere. */
  function find(haystack, needle, from) {
    var anywhere = UNSPACED.test(needle);
    var whole = needle.length < 3;
    for (var at = haystack.indexOf(needle, from); at >= 0;
        at = haystack.indexOf(needle, at + 1)) {
      var end = at + needle.length;
      if (anywhere || ((at === 0 || !inWord(haystack.charAt(at - 1)))
          && (!whole || end === haystack.length || !inWord(haystack.charAt(end))))) {
        return at;
      }
    }
    return -1;
  }

  /* How often needle is found in haystack; as a whole word, it counts twice. */
  function count(haystack, needle) {
    var n = 0;
    var at = find(haystack, needle, 0);
    while (at >= 0) {
      var end = at + needle.length;
      n += end < haystack.length && inWord(haystack.charAt(end)) ? 1 : 2;
      at = find(haystack, needle, end);
    }
    return n;
  }

  /* The best results of the last query over the sections searched so far: when a part of the
     index arrives, the same query searches only the sections it brought. */
  var last = {query: null, searched: 0, best: []};

  function search(query) {
    var wanted = terms(query);
    if (!wanted.length) {
      return [];
    }
    var all = prepare();
    if (last.query !== query) {
      last = {query: query, searched: 0, best: []};
    }
    var found = last.best.slice();
    for (var i = last.searched; i < all.length; i++) {
      var section = all[i];
      var score = 0;
      for (var t = 0; t < wanted.length; t++) {
        var term = wanted[t];
        var inAbout = count(section.about, term);
        var inHeading = count(section.foldedHeading, term);
        var inText = count(section.foldedText, term);
        if (!inAbout && !inHeading && !inText) {
          score = 0;
          break;
        }
        // A word found only in the explainer's title or dek matches each of its sections, but
        // any section that has the word itself ranks above them.
        score += (inHeading * 6 + Math.min(inText, 5)) * 4 + Math.min(inAbout, 1);
      }
      if (score > 0) {
        found.push({section: section, score: score, order: i});
      }
    }
    found.sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    });
    last.searched = all.length;
    last.best = found.slice(0, MAX_RESULTS);
    return last.best;
  }

  /* Appends text to an element with every term marked, using text nodes only. */
  function appendMarked(element, text, folded, wanted) {
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      for (var t = 0; t < wanted.length; t++) {
        var hit = find(folded, wanted[t], at);
        if (hit >= 0 && (next < 0 || hit < next || (hit === next && wanted[t].length > length))) {
          next = hit;
          length = wanted[t].length;
        }
      }
      if (next < 0) {
        element.appendChild(document.createTextNode(text.substring(at)));
        return;
      }
      element.appendChild(document.createTextNode(text.substring(at, next)));
      var mark = document.createElement('mark');
      mark.appendChild(document.createTextNode(text.substr(next, length)));
      element.appendChild(mark);
      at = next + length;
    }
  }

  function snippet(section, wanted) {
    var first = -1;
    for (var t = 0; t < wanted.length; t++) {
      var hit = find(section.foldedText, wanted[t], 0);
      if (hit >= 0 && (first < 0 || hit < first)) {
        first = hit;
      }
    }
    var start = Math.max(0, (first < 0 ? 0 : first) - CONTEXT);
    var end = Math.min(section.text.length, start + CONTEXT * 3);
    if (start > 0) {
      var space = section.text.indexOf(' ', start);
      start = space >= 0 && space < start + 20 ? space + 1 : start;
    }
    return {
      text: (start > 0 ? '\u2026' : '') + section.text.substring(start, end)
          + (end < section.text.length ? '\u2026' : ''),
      folded: (start > 0 ? '\u2026' : '') + section.foldedText.substring(start, end)
          + (end < section.text.length ? '\u2026' : '')
    };
  }

  function show(query) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    var wanted = terms(query);
    if (!wanted.length) {
      status.textContent = 'Type a word or two; results show as you type.';
      return;
    }
    var found = search(query);
    status.textContent = (found.length === 0 ? 'No results' : found.length === 1 ? '1 result'
        : found.length + (found.length === MAX_RESULTS ? '+' : '') + ' results')
        + ' for \u201c' + query + '\u201d' + loading();
    // While parts are still arriving the status changes with each; busy asks screen readers to
    // wait and read the count once, when the last part is in.
    if (allArrived()) {
      status.removeAttribute('aria-busy');
    } else {
      status.setAttribute('aria-busy', 'true');
    }
    for (var i = 0; i < found.length; i++) {
      var section = found[i].section;
      var item = document.createElement('li');
      item.className = 'search-result';
      var link = document.createElement('a');
      link.href = section.href;
      var heading = document.createElement('h2');
      heading.className = 'search-result-question';
      if (section.heading) {
        appendMarked(link, section.heading, section.foldedHeading, wanted);
      } else {
        link.appendChild(document.createTextNode('The short answer'));
      }
      heading.appendChild(link);
      var from = document.createElement('p');
      from.className = 'search-result-explainer';
      appendMarked(from, section.title, fold(section.title), wanted);
      var context = document.createElement('p');
      context.className = 'search-result-context';
      var part = snippet(section, wanted);
      appendMarked(context, part.text, part.folded, wanted);
      item.appendChild(heading);
      item.appendChild(from);
      item.appendChild(context);
      list.appendChild(item);
    }
  }

  function queryFromAddress() {
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    if (!match) {
      return '';
    }
    try {
      return decodeURIComponent(match[1].replace(/\+/g, ' '));
    } catch (e) {
      return '';
    }
  }

  /* The query goes into the page's address as it is typed, so Back from a result, a reload or
     a copied address shows the same results. */
  function remember(query) {
    var address = window.location.href.replace(/[?#].*$/, '')
        + (query ? '?q=' + encodeURIComponent(query) : '');
    try {
      window.history.replaceState(null, '', address);
    } catch (e) {
      // A browser that will not change the address of a page opened from disk: the results
      // still show, they are only not kept for Back.
    }
  }

  var pending = null;
  input.addEventListener('input', function () {
    if (pending) {
      window.clearTimeout(pending);
    }
    pending = window.setTimeout(function () {
      show(input.value);
      remember(input.value);
    }, 120);
  });

  var initial = queryFromAddress();
  input.value = initial;
  show(initial);
  loadPart();
})();
