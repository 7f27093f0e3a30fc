// The verbatims page: filters by document, region, role, theme and class and a free-text search
// over the verbatims embedded as JSON in the page. Plain JavaScript, no network, no library;
// the filters live in the URL fragment (#region=Occitanie&theme=territoire) so links can set them.
(function () {
  var data = JSON.parse(document.getElementById('verbatims-data').textContent);
  var F = {};
  data.fields.forEach(function (name, i) { F[name] = i; });
  var rows = data.rows;
  var FILTERS = ['doc', 'region', 'role', 'theme', 'class'];
  var NONE = '(none)';

  function values(row, name) {
    if (name === 'theme') { return row[F.themes]; }
    if (name === 'class') { return row[F.classes]; }
    return [row[F[name]] || NONE];
  }

  function fill(name) {
    var select = document.getElementById('f-' + name);
    var seen = {};
    rows.forEach(function (row) { values(row, name).forEach(function (v) { seen[v] = (seen[v] || 0) + 1; }); });
    Object.keys(seen).sort().forEach(function (v) {
      var opt = document.createElement('option');
      opt.value = v;
      opt.textContent = v + ' (' + seen[v] + ')';
      select.appendChild(opt);
    });
  }

  function state() {
    var s = {};
    FILTERS.forEach(function (name) { s[name] = document.getElementById('f-' + name).value; });
    s.q = document.getElementById('f-q').value.trim().toLowerCase();
    return s;
  }

  function fromHash() {
    location.hash.slice(1).split('&').forEach(function (pair) {
      var kv = pair.split('=');
      var el = kv[0] && document.getElementById('f-' + decodeURIComponent(kv[0]));
      if (el) { el.value = decodeURIComponent(kv[1] || ''); }
    });
  }

  function toHash(s) {
    var parts = [];
    FILTERS.concat(['q']).forEach(function (name) {
      if (s[name]) { parts.push(name + '=' + encodeURIComponent(s[name])); }
    });
    history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname);
  }

  function matches(row, s) {
    for (var i = 0; i < FILTERS.length; i++) {
      var name = FILTERS[i];
      if (s[name] && values(row, name).indexOf(s[name]) < 0) { return false; }
    }
    if (s.q) {
      var hay = (row[F.text] + ' ' + row[F.speaker]).toLowerCase();
      if (hay.indexOf(s.q) < 0) { return false; }
    }
    return true;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function link(href, text) {
    var a = el('a', '', text);
    a.href = href;
    return a;
  }

  function item(row) {
    var li = el('li');
    var meta = el('div', 'vmeta');
    meta.appendChild(el('b', '', row[F.speaker] || 'no speaker'));
    meta.appendChild(document.createTextNode(' · ' + (row[F.role] || 'no role') + ' · ' +
      (row[F.region] || 'no region') + ' · ' + row[F.doc] + ' ' + row[F.place] + ' — '));
    if (row[F.audit]) { meta.appendChild(link(row[F.audit], 'audit view')); }
    if (row[F.source]) {
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(link(row[F.source], 'source ' + row[F.place]));
    }
    li.appendChild(meta);
    var text = row[F.text];
    if (text.length > data.short) {
      var cut = text.slice(0, data.short);
      var space = cut.lastIndexOf(' ');
      if (space > data.short / 2) { cut = cut.slice(0, space); }
      var details = el('details');
      details.appendChild(el('summary', 'quote', cut + ' …'));
      details.appendChild(el('div', 'quote', text));
      li.appendChild(details);
    } else {
      li.appendChild(el('div', 'quote', text));
    }
    var chips = el('div', 'chips');
    row[F.themes].concat(row[F.classes].map(function (c) { return 'class ' + c; })).forEach(function (t) {
      chips.appendChild(el('span', '', t));
    });
    li.appendChild(chips);
    return li;
  }

  function update() {
    var s = state();
    toHash(s);
    var found = rows.filter(function (row) { return matches(row, s); });
    var list = document.getElementById('list');
    list.textContent = '';
    found.slice(0, data.shown).forEach(function (row) { list.appendChild(item(row)); });
    document.getElementById('count').textContent = found.length + ' of ' + rows.length + ' verbatims' +
      (found.length > data.shown ? ' (the first ' + data.shown + ' shown: narrow the filters)' : '');
  }

  FILTERS.forEach(fill);
  fromHash();
  FILTERS.forEach(function (name) { document.getElementById('f-' + name).addEventListener('change', update); });
  document.getElementById('f-q').addEventListener('input', update);
  window.addEventListener('hashchange', function () { fromHash(); update(); });
  update();
})();
