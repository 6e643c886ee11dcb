// Rantai dashboard: the network page. The map (SVG, drawn here from /api/network), the message
// inspector (/api/network/messages, polled once a second: the node's windows, at most 10 messages of
// each direction and type per half second, with the count of what they left out; the page lists the
// newest 5 of each per poll) and the traffic chart (/api/network/traffic: the whole window once, then
// the newest seconds). Text from the node is always set with textContent.
//
// What a page costs its browser matters: ten of them may share a small machine with the nodes they
// show. So the map is drawn again only when its nodes or links change (heights and round trips are
// set in place), the dots move in steps of 150 ms on layers of their own (no layout or paint), the
// inspector touches only the items it adds or drops, and nothing is fetched while the page is hidden.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var svg = document.querySelector('[data-map]');
  if (!svg) return;

  function svgEl(tag, attrs) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }
  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (text !== undefined) n.textContent = text;
    return n;
  }

  // ---- the map ----
  var positions = {};   // address -> {x, y}
  var edges = {};       // "a|b" -> line element
  var nodes = {};       // address -> node data
  var selfAddress = null;
  var details = document.getElementById('node-details');

  function layout(map) {
    positions = {};
    positions[map.self] = { x: 0, y: 0 };
    var peers = map.links.filter(function (l) { return l.kind === 'session'; }).map(function (l) { return l.to; });
    peers.forEach(function (p, i) {
      var a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, peers.length);
      positions[p] = { x: 200 * Math.cos(a), y: 200 * Math.sin(a), angle: a };
    });
    var outer = map.nodes.filter(function (n) { return !positions[n.address]; });
    outer.forEach(function (n, i) {
      var reporter = map.links.find(function (l) { return l.to === n.address && positions[l.from]; });
      var base = reporter && positions[reporter.from].angle !== undefined ? positions[reporter.from].angle : 0;
      var a = base + (i % 5 - 2) * 0.25;
      positions[n.address] = { x: 290 * Math.cos(a) * 1.35, y: 290 * Math.sin(a) * 0.95, angle: a };
    });
  }

  function key(a, b) { return a < b ? a + '|' + b : b + '|' + a; }

  function draw(map) {
    selfAddress = map.self;
    layout(map);
    svg.replaceChildren();
    edges = {};
    nodes = {};
    var lines = svgEl('g', { 'class': 'links' });
    map.links.forEach(function (l) {
      var a = positions[l.from], b = positions[l.to];
      if (!a || !b) return;
      // A link between two other nodes bends away from the middle, so it does not run through this node.
      var d = 'M' + a.x + ',' + a.y + ' ';
      if (l.from !== map.self && l.to !== map.self) {
        var mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, len = Math.sqrt(mx * mx + my * my);
        var push = 220;
        var cx = len < 1 ? mx + push : mx + mx / len * push, cy = len < 1 ? my : my + my / len * push;
        d += 'Q' + cx + ',' + cy + ' ' + b.x + ',' + b.y;
      } else {
        d += 'L' + b.x + ',' + b.y;
      }
      var line = svgEl('path', { d: d, 'class': 'link link-' + l.kind + ' state-' + l.state });
      lines.append(line);
      edges[key(l.from, l.to)] = line;
    });
    svg.append(lines);
    var group = svgEl('g', { 'class': 'nodes' });
    map.nodes.forEach(function (n) {
      nodes[n.address] = n;
      var p = positions[n.address];
      var g = svgEl('g', { 'class': 'node state-' + n.state + (n.self ? ' self' : ''), transform: 'translate(' + p.x + ',' + p.y + ')',
                           tabindex: '0', role: 'button', 'data-address': n.address,
                           'aria-label': describe(n) });
      g.append(svgEl('circle', { r: n.self ? 30 : 24 }));
      var label = svgEl('text', { y: n.self ? 48 : 42, 'text-anchor': 'middle', 'class': 'label' });
      label.textContent = n.address;
      var sub = svgEl('text', { y: n.self ? 64 : 58, 'text-anchor': 'middle', 'class': 'sub' });
      sub.textContent = subLine(n);
      var initial = svgEl('text', { y: 5, 'text-anchor': 'middle', 'class': 'initial' });
      initial.textContent = n.self ? 'me' : n.state === 'connected' ? (n.direction === 'inbound' ? 'in' : 'out') : '';
      g.append(label, sub, initial);
      g.addEventListener('click', function () { show(n.address); });
      g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(n.address); } });
      group.append(g);
    });
    svg.append(group);
  }

  function subLine(n) {
    return n.self ? 'this node \u00b7 ' + n.height : n.state === 'reported' ? 'reported'
      : n.state + (n.state === 'connected' ? ' \u00b7 ' + n.height + (n.behind > 0 ? ' (' + n.behind + ' behind)' : '') : '');
  }

  function describe(n) {
    if (n.self) return 'This node, ' + n.address + ', height ' + n.height;
    var s = n.address + ', ' + n.state;
    if (n.direction) s += ', ' + n.direction;
    if (n.state === 'connected') s += ', height ' + n.height + (n.behind > 0 ? ', ' + n.behind + ' behind' : ', not behind');
    if (n.rttMillis !== null && n.rttMillis !== undefined) s += ', round trip ' + n.rttMillis + ' ms';
    return s;
  }

  function show(address) {
    var n = nodes[address];
    if (!n || !details) return;
    openDetails = address;
    var dl = el('dl', { 'class': 'facts' });
    [['Address', n.address], ['Node id', n.nodeId || '–'], ['State', n.state], ['Direction', n.direction || '–'],
     ['Height', n.state === 'reported' ? '–' : n.height], ['Behind', n.state === 'connected' ? n.behind : '–'],
     ['Round trip', n.rttMillis !== null && n.rttMillis !== undefined ? n.rttMillis + ' ms' : '–']].forEach(function (f) {
      dl.append(el('dt', {}, f[0]), el('dd', {}, String(f[1])));
    });
    details.replaceChildren(el('h3', {}, n.self ? 'This node' : 'Node ' + n.address), dl);
    if (!n.self) {
      var a = el('a', { href: '#inspector-card' }, 'Its messages in the inspector');
      a.addEventListener('click', function () { var f = document.getElementById('f-peer'); f.value = n.address; render(); });
      details.append(el('p'), a);
    }
  }

  // What the drawing is made of: the nodes, their states and directions, the links. Heights, how far
  // behind and round trips change with every block; they are set in place.
  function structure(map) {
    return JSON.stringify([map.self, map.nodes.map(function (n) { return [n.address, n.state, n.direction, n.self]; }),
      map.links.map(function (l) { return [l.from, l.to, l.kind, l.state]; })]);
  }
  var shownStructure = null, openDetails = null;
  function loadMap() {
    fetch('/api/network', { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (map) {
        var s = structure(map);
        if (s !== shownStructure) {
          shownStructure = s;
          draw(map);
          placeDots();
        }
        // The table's states and directions follow this poll like the drawing; rows for a set of nodes
        // that changed (and the links each lists) come with the page itself, fetched again until they agree.
        if (!tableAgrees(map)) document.dispatchEvent(new CustomEvent('rantai:resync'));
        // Every time, not only when the figures changed: a resynchronised table may be older than the drawing.
        refresh(map);
      })
      .catch(function () { /* the next poll tries again */ });
  }
  // The changing figures of an unchanged map: the nodes' second lines and names, the table, the details
  // shown. Only what differs is written.
  function refresh(map) {
    // Looked up each time: a resynchronisation of the page swaps the table for a new one.
    var mapTable = document.getElementById('map-table');
    var before = openDetails && JSON.stringify(nodes[openDetails]);
    map.nodes.forEach(function (n) {
      nodes[n.address] = n;
      var g = svg.querySelector('g.node[data-address="' + CSS.escape(n.address) + '"]');
      if (g) {
        setText(g.querySelector('text.sub'), subLine(n));
        if (g.getAttribute('aria-label') !== describe(n)) g.setAttribute('aria-label', describe(n));
      }
      var row = mapTable && mapTable.querySelector('tr[data-node="' + CSS.escape(n.address) + '"]');
      if (row) {
        var state = row.querySelector('td[data-label="State"] .state');
        if (state) {
          setText(state, n.state);
          if (state.getAttribute('class') !== 'state state-' + n.state) state.setAttribute('class', 'state state-' + n.state);
        }
        setText(row.querySelector('td[data-label="Direction"]'), n.direction || '\u2013');
        setText(row.querySelector('td[data-label="Height"]'), n.state === 'reported' ? '\u2013' : String(n.height));
        setText(row.querySelector('td[data-label="Behind"]'), n.state === 'connected' ? String(n.behind) : '\u2013');
        setText(row.querySelector('td[data-label="Round trip"]'), n.rttMillis ? n.rttMillis + ' ms' : '\u2013');
      }
    });
    // The details are a live region: written again only when they changed, so they are not read out for nothing.
    if (openDetails && nodes[openDetails] && JSON.stringify(nodes[openDetails]) !== before) show(openDetails);
  }
  // Whether the table lists the map's nodes, no more and no fewer, each linked to what the map links it to.
  function tableAgrees(map) {
    var mapTable = document.getElementById('map-table');
    if (!mapTable) return true;
    var rows = mapTable.tBodies[0] ? mapTable.tBodies[0].rows : [];
    if (rows.length !== map.nodes.length) return false;
    return map.nodes.every(function (n) {
      var row = mapTable.querySelector('tr[data-node="' + CSS.escape(n.address) + '"]');
      var cell = row && row.querySelector('td[data-label="Linked to"]');
      return cell !== null && sameSet(cell.textContent, linkedTo(map, n.address));
    });
  }
  function sameSet(a, b) {
    return a.split(', ').sort().join(', ') === b.split(', ').sort().join(', ');
  }
  // As NetworkMap.linkedTo renders it: the other end of each link, "(reported)" for a reported one, once each.
  function linkedTo(map, address) {
    var seen = [];
    map.links.forEach(function (l) {
      if (l.from !== address && l.to !== address) return;
      var s = (l.from === address ? l.to : l.from) + (l.kind === 'reported' ? ' (reported)' : '');
      if (seen.indexOf(s) < 0) seen.push(s);
    });
    return seen.join(', ');
  }
  function setText(node, text) {
    if (node && node.textContent !== text) node.textContent = text;
  }

  // A message crossing a link: a dot runs along it, at most 4 per link and 20 in all per second,
  // so the map stays readable at 1,000 blocks/s. The dots are elements over the map, each on a
  // layer of its own, moved by a transform every 150 ms: a step costs no layout or paint, only a
  // frame. (Animations run by the browser itself draw 60 frames a second; each frame costs the
  // compositor about as much as a step, and ten pages' frames took a large share of a small machine.
  // Even at 6 steps a flight the dots were 40 % of an open page's CPU at 1,000 blocks/s; 4 steps
  // still show which way a message went.)
  var overlay = document.createElement('div');
  overlay.className = 'packets';
  overlay.setAttribute('aria-hidden', 'true');
  svg.after(overlay);
  // Map units (the viewBox, x -500..500, y -330..330, fitted and centred) to the overlay's pixels.
  var scale = { k: 0, x: 0, y: 0 };
  function fit(width, height) {
    var k = Math.min(width / 1000, height / 660);
    scale = { k: k, x: width / 2, y: height / 2 };
  }
  function placeDots() {
    var r = svg.getBoundingClientRect();
    fit(r.width, r.height);
  }
  if (window.ResizeObserver) {
    new ResizeObserver(function (entries) {
      var box = entries[entries.length - 1].contentRect;
      fit(box.width, box.height);
    }).observe(svg);
  }
  function px(x, y) { return 'translate(' + (scale.x + x * scale.k).toFixed(1) + 'px,' + (scale.y + y * scale.k).toFixed(1) + 'px)'; }
  var DOT_MILLIS = 600, STEP_MILLIS = 150;
  var dots = [], stepping = null;
  function step() {
    var now = performance.now();
    dots = dots.filter(function (d) {
      var f = (now - d.start) / DOT_MILLIS;
      if (f >= 1) {
        d.el.remove();
        return false;
      }
      d.el.style.transform = px(d.from.x + (d.to.x - d.from.x) * f, d.from.y + (d.to.y - d.from.y) * f);
      return true;
    });
    stepping = dots.length ? setTimeout(step, STEP_MILLIS) : null;
  }

  var budget = { second: 0, total: 0, perLink: {} };
  var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var flashing = {};
  function animate(m) {
    if (m.type !== 'block' && m.type !== 'blocks' && m.type !== 'get_blocks') return;
    var line = edges[key(selfAddress, m.peer)];
    if (!line) return;
    var now = Math.floor(Date.now() / 1000);
    if (budget.second !== now) budget = { second: now, total: 0, perLink: {} };
    var k = m.peer;
    if (budget.total >= 20 || (budget.perLink[k] || 0) >= 4) return;
    budget.total++;
    budget.perLink[k] = (budget.perLink[k] || 0) + 1;
    // The line stays lit while dots keep crossing it: one class change when it starts, one when it ends.
    if (!flashing[k]) line.classList.add('active');
    clearTimeout(flashing[k]);
    flashing[k] = setTimeout(function () { line.classList.remove('active'); delete flashing[k]; }, 700);
    svg.dataset.animated = String(Number(svg.dataset.animated || 0) + 1);
    if (reduced || !scale.k) return;
    var from = m.direction === 'out' ? positions[selfAddress] : positions[m.peer];
    var to = m.direction === 'out' ? positions[m.peer] : positions[selfAddress];
    if (!from || !to) return;
    var dot = document.createElement('span');
    var size = Math.max(6, Math.round((m.type === 'blocks' ? 18 : 12) * scale.k));
    dot.className = 'packet packet-' + m.type;
    dot.style.width = dot.style.height = size + 'px';
    dot.style.margin = (-size / 2) + 'px 0 0 ' + (-size / 2) + 'px';
    dot.style.transform = px(from.x, from.y);
    overlay.append(dot);
    dots.push({ el: dot, from: from, to: to, start: performance.now() });
    // The dots of one poll start together and move in the same steps.
    if (!stepping) stepping = setTimeout(step, STEP_MILLIS);
  }

  // ---- the inspector ----
  var list = document.getElementById('inspector');
  var status = document.getElementById('inspector-status');
  var pauseButton = document.getElementById('inspector-pause');
  var last = 0, paused = false, first = true, skipped = 0;
  var KEEP = 500;
  // A poll lists at most the newest PER_POLL of each direction and type; the others are counted as
  // came too fast. At 1,000 blocks/s the node's windows still give 20 a second of each, which no one
  // reads, and each is a list item to build, lay out and drop again: ten open pages spent most of
  // their main thread on them. Rare types (a hello, a bye, a get_blocks) are never crowded out.
  var PER_POLL = 5;

  function filters() {
    return { type: document.getElementById('f-type').value, peer: document.getElementById('f-peer').value.trim(),
             dir: document.getElementById('f-dir').value, ping: document.getElementById('f-ping').checked };
  }
  function matches(li, f) {
    var t = li.dataset.type;
    if (!f.ping && (t === 'ping' || t === 'pong') && f.type !== t) return false;
    if (f.type && t !== f.type) return false;
    if (f.peer && li.dataset.peer.indexOf(f.peer) < 0) return false;
    if (f.dir && li.dataset.direction !== f.dir) return false;
    return true;
  }
  // How many listed items the filters show: counted once when the filters change, then kept up to
  // date as items come and go, so a poll touches only its own items.
  var shown = 0;
  function render() {
    var f = filters();
    shown = 0;
    Array.prototype.forEach.call(list.children, function (li) { li.hidden = !matches(li, f); if (!li.hidden) shown++; });
    say();
  }
  function say() {
    var text = (paused ? 'Paused. ' : 'Live. ') + shown + ' of the newest ' + list.children.length
      + ' messages match the filters' + (skipped ? '; ' + skipped + ' came too fast to be listed' : '') + '.';
    if (status.textContent !== text) status.textContent = text;
  }
  // The browser's local time of day to the millisecond (toLocaleTimeString costs ten times more, per item).
  function two(n) { return n < 10 ? '0' + n : String(n); }
  function time(ms) {
    var d = new Date(ms), milli = d.getMilliseconds();
    return two(d.getHours()) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds()) + '.'
      + (milli < 10 ? '00' : milli < 100 ? '0' : '') + milli;
  }
  function item(m) {
    var li = el('li', { 'class': 'msg msg-' + m.direction, 'data-type': m.type, 'data-peer': m.peer, 'data-direction': m.direction, 'data-seq': m.seq });
    var d = el('details');
    var s = el('summary');
    s.append(el('time', { datetime: new Date(m.time).toISOString() }, time(m.time)), ' ',
      el('span', { 'class': 'dir', 'aria-label': m.direction === 'in' ? 'received from' : 'sent to' }, m.direction === 'in' ? '\u2190' : '\u2192'), ' ',
      el('span', { 'class': 'type' }, m.type), ' ', el('span', { 'class': 'peer' }, m.peer), ' ',
      el('span', { 'class': 'size' }, m.bytes + ' B'), ' ', el('span', { 'class': 'content' }, m.summary || ''));
    d.append(s);
    li.append(d);
    li.message = m;
    return li;
  }
  // The decoded content is built when a message is first opened: most never are. One listener for all.
  list.addEventListener('click', function (e) {
    var s = e.target.closest && e.target.closest('summary');
    var li = s && s.closest('li');
    if (li && li.message && !li.querySelector('dl')) s.parentNode.append(decoded(li.message));
  });
  function decoded(m) {
    var dl = el('dl', { 'class': 'facts decoded' });
    [['Message', '#' + m.seq], ['Time', new Date(m.time).toISOString()], ['Direction', m.direction === 'in' ? 'received' : 'sent'],
     ['Peer', m.peer], ['Type', m.type], ['Size', m.bytes + ' bytes'], ['Content', m.summary || '(nothing more)']].forEach(function (f) {
      dl.append(el('dt', {}, f[0]), el('dd', {}, f[1]));
    });
    if (m.blockHash) {
      var dd = el('dd');
      dd.append(el('a', { href: '/blocks/' + m.blockHash }, 'The block\u2019s page'));
      dl.append(el('dt', {}, 'Block'), dd);
    }
    return dl;
  }
  // One poll at a time: a second one sent while the first is on its way (the timer's tick after a Resume,
  // a slow node) would ask from the same message and list the same messages twice. An answer that comes
  // after Pause is dropped, and the first poll after Resume asks again from where it left off.
  var polling = false;
  function poll() {
    if (paused || document.hidden || polling) return;
    polling = true;
    fetch('/api/network/messages?limit=200&after=' + last, { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (page) {
        if (paused) return;
        var listed = newestOfEachKind(page.messages);
        if (!first) skipped += page.left + page.messages.length - listed.length;
        first = false;
        var f = filters(), items = document.createDocumentFragment();
        listed.forEach(function (m) {
          var li = item(m);
          li.hidden = !matches(li, f);
          if (!li.hidden) shown++;
          items.prepend(li);
          animate(m);
        });
        list.prepend(items);
        while (list.children.length > KEEP) {
          if (!list.lastElementChild.hidden) shown--;
          list.lastElementChild.remove();
        }
        last = page.last;
        say();
      })
      .catch(function () { status.textContent = 'The node did not answer; trying again.'; })
      .then(function () { polling = false; });
  }
  // The messages of an answer (oldest first) without those beyond the newest PER_POLL of their
  // direction and type, still oldest first.
  function newestOfEachKind(messages) {
    var seen = {}, listed = [];
    for (var i = messages.length - 1; i >= 0; i--) {
      var k = messages[i].direction + ' ' + messages[i].type;
      seen[k] = (seen[k] || 0) + 1;
      if (seen[k] <= PER_POLL) listed.push(messages[i]);
    }
    return listed.reverse();
  }
  ['f-type', 'f-peer', 'f-dir', 'f-ping'].forEach(function (id) {
    var f = document.getElementById(id);
    f.addEventListener('input', render);
    f.addEventListener('change', render);
  });
  pauseButton.addEventListener('click', function () {
    paused = !paused;
    pauseButton.textContent = paused ? 'Resume' : 'Pause';
    pauseButton.setAttribute('aria-pressed', String(paused));
    say();
    if (!paused) poll();
  });

  // ---- traffic ----
  var trafficEl = document.getElementById('traffic-chart');
  var windowSelect = document.getElementById('traffic-window');
  var chart = window.RantaiCharts ? new RantaiCharts.LiveChart(trafficEl, { time: true, yLabel: 'messages/s' }) : null;
  // The whole window once (and when the user picks another), then only the newest seconds.
  var kept = [];
  function loadTraffic(whole) {
    if (document.hidden) return;
    var span = Number(windowSelect.value);
    var since = kept.length ? Math.ceil(Date.now() / 1000) - kept[kept.length - 1].second + 1 : span;
    fetch('/api/network/traffic?seconds=' + (whole ? span : Math.min(span, Math.max(5, since))), { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (fresh) {
        if (whole) kept = [];
        var newest = kept.length ? kept[kept.length - 1].second : -1;
        fresh.forEach(function (s) { if (s.second > newest) kept.push(s); });
        if (kept.length > span) kept = kept.slice(kept.length - span);
        var seconds = kept;
        var types = {};
        seconds.forEach(function (s) { s.counts.forEach(function (c) { types[c.type] = true; }); });
        var names = Object.keys(types).sort();
        var x = seconds.map(function (s) { return s.second; });
        var series = {};
        names.forEach(function (t) {
          series[t] = seconds.map(function (s) {
            return s.counts.filter(function (c) { return c.type === t; }).reduce(function (a, c) { return a + c.messages; }, 0);
          });
        });
        if (chart) chart.update(x, series);
        table(seconds, names);
      })
      .catch(function () { /* the next poll tries again */ });
  }
  function table(seconds, names) {
    var body = document.querySelector('#traffic-table tbody');
    var n = Math.max(1, seconds.length);
    // The rows stay; only figures that changed are written, and a row is added or dropped only when a
    // type appears or leaves the window (every 2 s, building the table again cost a layout each time).
    var rows = {};
    Array.prototype.forEach.call(body.rows, function (tr) { rows[tr.dataset.type] = tr; });
    names.forEach(function (t, at) {
      var sum = { in: [0, 0], out: [0, 0] };
      seconds.forEach(function (s) { s.counts.forEach(function (c) { if (c.type === t) { sum[c.direction][0] += c.messages; sum[c.direction][1] += c.bytes; } }); });
      var cells = [[t, 'Type'], [(sum.in[0] / n).toFixed(2), 'Received /s'], [(sum.out[0] / n).toFixed(2), 'Sent /s'],
       [Math.round(sum.in[1] / n), 'Bytes received /s'], [Math.round(sum.out[1] / n), 'Bytes sent /s']];
      var tr = rows[t];
      if (!tr) {
        tr = el('tr', { 'data-type': t });
        cells.forEach(function (c, i) { tr.append(el('td', i > 0 ? { 'data-label': c[1], 'class': 'num' } : { 'data-label': c[1] })); });
      }
      delete rows[t];
      if (body.rows[at] !== tr) body.insertBefore(tr, body.rows[at] || null);
      cells.forEach(function (c, i) { setText(tr.cells[i], String(c[0])); });
    });
    Object.keys(rows).forEach(function (t) { rows[t].remove(); });
  }
  windowSelect.addEventListener('change', function () { loadTraffic(true); });

  function whenShown(f) { return function () { if (!document.hidden) f(); }; }
  loadMap();
  poll();
  loadTraffic(true);
  setInterval(whenShown(loadMap), 2000);
  setInterval(poll, 1000);
  setInterval(function () { loadTraffic(false); }, 2000);
  // A hidden page fetches nothing and moves nothing; shown again, it catches up at once (the
  // inspector with what the node still keeps, counted as skipped beyond that).
  document.addEventListener('visibilitychange', function () {
    if (document.hidden) return;
    loadMap();
    poll();
    loadTraffic(false);
  });
})();
