// Rantai dashboard: the network page. The map (SVG, drawn here from /api/network), the message
// inspector (/api/network/messages, polled once a second: the node's windows, at most 10 messages of
// each direction and type per half second, with the count of what they left out) and the traffic
// chart (/api/network/traffic: the whole window once, then the newest seconds). Text from the node
// is always set with textContent.
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
    svg.append(svgEl('g', { 'class': 'packets' }));
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
      sub.textContent = n.self ? 'this node · ' + n.height : n.state === 'reported' ? 'reported'
        : n.state + (n.state === 'connected' ? ' · ' + n.height + (n.behind > 0 ? ' (' + n.behind + ' behind)' : '') : '');
      var initial = svgEl('text', { y: 5, 'text-anchor': 'middle', 'class': 'initial' });
      initial.textContent = n.self ? 'me' : n.state === 'connected' ? (n.direction === 'inbound' ? 'in' : 'out') : '';
      g.append(label, sub, initial);
      g.addEventListener('click', function () { show(n.address); });
      g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(n.address); } });
      group.append(g);
    });
    svg.append(group);
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

  function loadMap() {
    fetch('/api/network', { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (map) {
        var signature = JSON.stringify(map);
        if (signature !== svg.dataset.signature) {
          svg.dataset.signature = signature;
          draw(map);
        }
      })
      .catch(function () { /* the next poll tries again */ });
  }

  // A message crossing a link: a dot runs along it, at most 4 per link and 20 in all per second,
  // so the map stays readable at 1,000 blocks/s. All dots move in one loop, 25 times a second.
  var budget = { second: 0, total: 0, perLink: {} };
  var dots = [], lastStep = 0;
  function step(t) {
    if (t - lastStep >= 40) {
      lastStep = t;
      dots = dots.filter(function (d) {
        var f = Math.min(1, (t - d.start) / 600);
        d.el.setAttribute('cx', d.from.x + (d.to.x - d.from.x) * f);
        d.el.setAttribute('cy', d.from.y + (d.to.y - d.from.y) * f);
        if (f >= 1) d.el.remove();
        return f < 1;
      });
    }
    if (dots.length) requestAnimationFrame(step);
  }
  var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
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
    line.classList.add('active');
    clearTimeout(line._t);
    line._t = setTimeout(function () { line.classList.remove('active'); }, 700);
    if (reduced) return;
    var from = m.direction === 'out' ? positions[selfAddress] : positions[m.peer];
    var to = m.direction === 'out' ? positions[m.peer] : positions[selfAddress];
    if (!from || !to) return;
    var dot = svgEl('circle', { r: m.type === 'blocks' ? 9 : 6, cx: from.x, cy: from.y, 'class': 'packet packet-' + m.type });
    svg.querySelector('.packets').append(dot);
    dots.push({ el: dot, from: from, to: to, start: performance.now() });
    if (dots.length === 1) requestAnimationFrame(step);
    svg.dataset.animated = String(Number(svg.dataset.animated || 0) + 1);
  }

  // ---- the inspector ----
  var list = document.getElementById('inspector');
  var status = document.getElementById('inspector-status');
  var pauseButton = document.getElementById('inspector-pause');
  var last = 0, paused = false, first = true, skipped = 0;
  var KEEP = 500;

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
  function render() {
    var shown = 0, f = filters();
    Array.prototype.forEach.call(list.children, function (li) { li.hidden = !matches(li, f); if (!li.hidden) shown++; });
    status.textContent = (paused ? 'Paused. ' : 'Live. ') + shown + ' of the newest ' + list.children.length
      + ' messages match the filters' + (skipped ? '; ' + skipped + ' came too fast to be listed' : '') + '.';
  }
  function time(ms) {
    var d = new Date(ms);
    return d.toLocaleTimeString([], { hour12: false }) + '.' + String(d.getMilliseconds()).padStart(3, '0');
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
    // The decoded content is built when the message is first opened: most never are.
    s.addEventListener('click', function () { if (!d.querySelector('dl')) d.append(decoded(m)); });
    li.append(d);
    return li;
  }
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
  function poll() {
    if (paused) return;
    fetch('/api/network/messages?limit=200&after=' + last, { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (page) {
        if (!first) skipped += page.left;
        first = false;
        var f = filters(), items = document.createDocumentFragment();
        page.messages.forEach(function (m) {
          var li = item(m);
          li.hidden = !matches(li, f);
          items.prepend(li);
          animate(m);
        });
        list.prepend(items);
        while (list.children.length > KEEP) list.lastElementChild.remove();
        last = page.last;
        render();
      })
      .catch(function () { status.textContent = 'The node did not answer; trying again.'; });
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
    render();
    if (!paused) poll();
  });

  // ---- traffic ----
  var trafficEl = document.getElementById('traffic-chart');
  var windowSelect = document.getElementById('traffic-window');
  var chart = window.RantaiCharts ? new RantaiCharts.LiveChart(trafficEl, { time: true, yLabel: 'messages/s' }) : null;
  // The whole window once (and when the user picks another), then only the newest seconds.
  var kept = [];
  function loadTraffic(whole) {
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
    body.replaceChildren();
    names.forEach(function (t) {
      var sum = { in: [0, 0], out: [0, 0] };
      seconds.forEach(function (s) { s.counts.forEach(function (c) { if (c.type === t) { sum[c.direction][0] += c.messages; sum[c.direction][1] += c.bytes; } }); });
      var tr = el('tr', { 'data-type': t });
      [[t, 'Type'], [(sum.in[0] / n).toFixed(2), 'Received /s'], [(sum.out[0] / n).toFixed(2), 'Sent /s'],
       [Math.round(sum.in[1] / n), 'Bytes received /s'], [Math.round(sum.out[1] / n), 'Bytes sent /s']].forEach(function (c, i) {
        var td = el('td', { 'data-label': c[1] }, String(c[0]));
        if (i > 0) td.className = 'num';
        tr.append(td);
      });
      body.append(tr);
    });
  }
  windowSelect.addEventListener('change', function () { loadTraffic(true); });

  loadMap();
  poll();
  loadTraffic(true);
  setInterval(loadMap, 2000);
  setInterval(poll, 1000);
  setInterval(function () { loadTraffic(false); }, 2000);
})();
