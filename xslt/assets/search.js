/* Sigla's search page: asks the Pagefind index of each language the editions are written in
   (pagefind/<language>/pagefind.js, loaded from beside this page, never from elsewhere) and
   writes the results, editions with the most matches first. Each match is a link to its place
   in the edition (paragraph, verse line or note), with the words around it marked.
   The form is a plain GET form: the address of a search is the search, to keep or share. */
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root) { return; }
  var form = document.getElementById('search-form');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var labels = JSON.parse(document.getElementById('search-labels').textContent);
  var languages = root.getAttribute('data-languages').split(' ').filter(Boolean);
  // Editions whose records are loaded at first, then at each "More results": a play's record
  // weighs 20 to 60 KB, and a query should stay within a few hundred.
  var FIRST = 3;
  var PAGE = 5;
  var PLACES = 5;         // matches shown per edition
  var CONTEXT = 12;       // words either side of a match
  var FILTERS = ['author', 'genre', 'language', 'sender', 'addressee'];

  function say(text) { status.textContent = text; }
  function label(key, values) {
    return labels[key].replace(/\{(\w+)\}/g, function (all, name) { return values[name]; });
  }
  // "1 match", "3 matches": the singular and the plural are words of their own in every language.
  function count(n, one, many) {
    return n === 1 ? labels[one] : label(many, { n: n });
  }

  // Pages read from file:// cannot load the index (browsers refuse modules and fetches there).
  if (location.protocol === 'file:') { say(labels['search-file']); return; }

  // What a reader types is folded as the records were (modules/html/search-record.xsl):
  // compatibility forms to plain letters (ſ is s, ﬁ is fi), œ and æ to two letters.
  function fold(text) {
    return text.normalize('NFKC').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');
  }

  var indexes = null;
  function load() {
    if (!indexes) {
      indexes = Promise.all(languages.map(function (language) {
        return import('./' + root.getAttribute('data-index') + language + '/pagefind.js').then(function (pagefind) {
          return pagefind.options({ excerptLength: 2 * CONTEXT }).then(function () { return pagefind; });
        });
      }));
    }
    return indexes;
  }

  var params = new URLSearchParams(location.search);

  // The form shows the search its address holds.
  function fillForm() {
    form.elements.q.value = params.get('q') || '';
    form.elements.scope.value = params.get('scope') || 'text';
    form.elements.from.value = params.get('from') || '';
    form.elements.to.value = params.get('to') || '';
    var edition = params.get('edition') || '';
    form.elements.edition.value = edition;
    document.getElementById('search-only').hidden = !edition;
    document.getElementById('search-only-title').textContent = edition;
    var wider = new URLSearchParams(params);
    wider.delete('edition');
    document.getElementById('search-widen').href = 'search.html?' + wider.toString();
  }

  // The filters' choices: every value the editions' headers give, in all the indexes.
  function fillFilters() {
    return load().then(function (all) {
      return Promise.all(all.map(function (pagefind) { return pagefind.filters(); }));
    }).then(function (found) {
      var values = {};
      found.forEach(function (filters) {
        Object.keys(filters).forEach(function (name) {
          values[name] = values[name] || {};
          Object.keys(filters[name]).forEach(function (value) { values[name][value] = true; });
        });
      });
      FILTERS.forEach(function (name) {
        var select = form.elements[name];
        var choices = Object.keys(values[name] || {}).sort(function (a, b) { return a.localeCompare(b); });
        choices.forEach(function (value) {
          var option = document.createElement('option');
          option.value = value;
          option.textContent = value;
          select.appendChild(option);
        });
        select.value = params.get(name) || '';
        select.closest('.search-filter').hidden = choices.length === 0;
      });
      var years = Object.keys(values.year || {}).map(Number).sort(function (a, b) { return a - b; });
      if (years.length) {
        form.elements.from.placeholder = years[0];
        form.elements.to.placeholder = years[years.length - 1];
        form.elements.from.closest('.search-filter').hidden = false;
      }
      return values;
    });
  }

  // Pagefind's filters for this search; a range of years is the years of the index within it.
  function filtersFor(values) {
    var filters = { scope: params.get('scope') || 'text' };
    if (params.get('edition')) { filters.edition = params.get('edition'); }
    FILTERS.forEach(function (name) { if (params.get(name)) { filters[name] = params.get(name); } });
    var from = parseInt(params.get('from'), 10), to = parseInt(params.get('to'), 10);
    if (!isNaN(from) || !isNaN(to)) {
      var years = Object.keys(values.year || {}).filter(function (year) {
        return (isNaN(from) || Number(year) >= from) && (isNaN(to) || Number(year) <= to);
      });
      filters.year = { any: years.length ? years : ['-'] };
    }
    return filters;
  }

  var found = [];
  var shown = 0;

  function run(values) {
    list.textContent = '';
    more.hidden = true;
    var query = fold(params.get('q') || '').replace(/\*/g, ' ').trim();
    if (!query) { say(''); return Promise.resolve(); }
    say(labels['search-searching']);
    // Marks the benchmark reads (mvn -B -Pbench): from the query to its first results on screen.
    performance.mark('sigla-search');
    var filters = filtersFor(values);
    return load().then(function (all) {
      return Promise.all(all.map(function (pagefind) { return pagefind.search(query, { filters: filters }); }));
    }).then(function (searches) {
      found = [];
      searches.forEach(function (search) { if (search) { found = found.concat(search.results); } });
      found.sort(function (a, b) { return b.words.length - a.words.length || b.score - a.score; });
      shown = 0;
      terms = /^\s*".+"\s*$/.test(query) ? [] : query.split(/\s+/).map(plain).filter(Boolean);
      return showMore();
    }).then(function (genuine) {
      performance.mark('sigla-results');
      if (!genuine) {
        list.textContent = '';
        more.hidden = true;
        say(labels['search-none'] + ' ' + (params.get('q') || '') + '.');
        return;
      }
      var matches = found.reduce(function (sum, result) { return sum + result.words.length; }, 0);
      say(label('search-summary', { matches: count(matches, 'count-match', 'count-matches'),
                                    editions: count(found.length, 'count-edition', 'count-editions') }) + ' ' + params.get('q') + '.');
    });
  }

  // A word as it is compared: folded, without case, accents or punctuation.
  function plain(word) {
    return fold(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  }

  // Where no word of the index starts with a term, Pagefind answers with the words that share
  // its first letters ("xylophone" finds "x"). A match is kept where the word starts with the
  // term or shares all of it but a stemmer's ending (three letters at most).
  var terms = [];
  function isGenuine(word) {
    if (!terms.length) { return true; }
    var found = plain(word);
    return terms.some(function (term) {
      if (found.indexOf(term) === 0) { return true; }
      var same = 0;
      while (same < term.length && term[same] === found[same]) { same++; }
      return term.length > 3 && same >= Math.max(3, term.length - 3);
    });
  }

  // The next editions' records, written out; true where any of their matches is genuine.
  function showMore() {
    var next = found.slice(shown, shown + (shown ? PAGE : FIRST));
    shown += next.length;
    more.hidden = shown >= found.length;
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (records) {
      var genuine = false;
      records.forEach(function (record, i) {
        var words = record.content.split(/\s+/).filter(Boolean);
        var locations = next[i].words.filter(function (location) { return isGenuine(words[location] || ''); });
        if (locations.length) {
          genuine = true;
          list.appendChild(edition(record, locations, words));
        }
      });
      if (params.get('edition') && records.length) {
        document.getElementById('search-only-title').textContent = records[0].meta.title;
      }
      return genuine;
    });
  }

  // The edition's folder, from its record's address (…/<edition>/search/text.fr.html).
  function folder(record) {
    var parts = record.url.split('/').filter(Boolean);
    return parts.slice(0, parts.length - 2).join('/');
  }

  // One edition: its title and count of matches, then each match in its place.
  function edition(record, locations, words) {
    var item = document.createElement('li');
    item.className = 'search-result';
    var page = folder(record) + '/' + (record.meta.page || 'index.html');
    var head = document.createElement('h2');
    var link = document.createElement('a');
    link.href = page;
    link.textContent = record.meta.title;
    head.appendChild(link);
    item.appendChild(head);
    var facts = document.createElement('p');
    facts.className = 'search-facts';
    var tally = document.createElement('strong');
    tally.textContent = count(locations.length, 'count-match', 'count-matches');
    facts.appendChild(tally);
    var about = [record.meta.author, record.meta.date].filter(Boolean).join(', ');
    if (about) { facts.appendChild(document.createTextNode(' · ' + about)); }
    item.appendChild(facts);
    var places = document.createElement('ul');
    places.className = 'search-places';
    passages(locations).slice(0, PLACES).forEach(function (passage) {
      places.appendChild(place(record, page, passage, words));
    });
    item.appendChild(places);
    return item;
  }

  // The matches as passages: the words of a phrase, or matches close together, are one.
  function passages(locations) {
    var sorted = locations.slice().sort(function (a, b) { return a - b; });
    var runs = [];
    sorted.forEach(function (location) {
      var last = runs[runs.length - 1];
      if (last && location - last.end <= 2) { last.end = location; last.marked.push(location); }
      else { runs.push({ start: location, end: location, marked: [location] }); }
    });
    return runs;
  }

  // Where a passage is: the last numbered place that starts at or before it ("target#label").
  function anchorOf(record, location) {
    var best = null;
    record.anchors.forEach(function (anchor) {
      if (anchor.id.indexOf('#') > 0 && anchor.location <= location && (!best || anchor.location >= best.location)) { best = anchor; }
    });
    return best;
  }

  function place(record, page, passage, words) {
    var item = document.createElement('li');
    var anchor = anchorOf(record, passage.start);
    var link = document.createElement('a');
    link.className = 'search-place';
    if (anchor) {
      var cut = anchor.id.indexOf('#');
      link.href = page + '#' + anchor.id.slice(0, cut);
      link.textContent = decodeURIComponent(anchor.id.slice(cut + 1));
    } else {
      link.href = page;
      link.textContent = '↑';
    }
    item.appendChild(link);
    item.appendChild(document.createTextNode(' '));
    item.appendChild(snippet(words, passage));
    return item;
  }

  // The words around a passage, the matched ones marked; written as text, never as markup.
  function snippet(words, passage) {
    var from = Math.max(0, passage.start - CONTEXT), to = Math.min(words.length, passage.end + CONTEXT + 1);
    var quote = document.createElement('span');
    quote.className = 'search-snippet';
    if (from > 0) { quote.appendChild(document.createTextNode('… ')); }
    for (var i = from; i < to; i++) {
      if (passage.marked.indexOf(i) >= 0) {
        var mark = document.createElement('mark');
        mark.textContent = words[i];
        quote.appendChild(mark);
      } else {
        quote.appendChild(document.createTextNode(words[i]));
      }
      if (i < to - 1) { quote.appendChild(document.createTextNode(' ')); }
    }
    if (to < words.length) { quote.appendChild(document.createTextNode(' …')); }
    return quote;
  }

  more.addEventListener('click', function () {
    var first = list.children.length;
    showMore().then(function () {
      var link = list.children[first] && list.children[first].querySelector('a');
      if (link) { link.focus(); }
    });
  });

  var choices = null;
  function start() {
    fillForm();
    return (choices || (choices = fillFilters())).then(run);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var next = new URLSearchParams();
    new FormData(form).forEach(function (value, name) { if (value !== '') { next.set(name, value); } });
    if (next.get('scope') === 'text') { next.delete('scope'); }
    history.pushState(null, '', 'search.html?' + next.toString());
    params = next;
    start();
  });
  window.addEventListener('popstate', function () {
    params = new URLSearchParams(location.search);
    start();
  });

  start().catch(function (error) { say(labels['search-failed'] + ' ' + error.message); });
}());
