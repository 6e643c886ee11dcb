// Rantai dashboard: live updates over Server-Sent Events, and the submit form without a reload.
// Every page works without this script; it only adds. Text from the node is always set with
// textContent, never parsed as HTML, except whole regions of this node's own pages on a resync.
(function () {
  'use strict';

  var statusEl = document.getElementById('live-status');
  var source = null;
  var opened = false;
  var retryDelay = 2000;
  var resyncTimer = null;
  var reconnectTimer = null;

  function setStatus(state, text) {
    if (!statusEl) return;
    statusEl.dataset.state = state;
    statusEl.textContent = text;
  }

  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function shortHash(h) { return h.length <= 12 ? h : h.slice(0, 12) + '\u2026'; }
  function iso(ms) { return new Date(ms).toISOString(); }
  function utc(ms) { return iso(ms).replace('T', ' ').slice(0, 19) + ' UTC'; }
  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  }

  function blockRow(b) {
    return el('tr', { 'data-height': b.height, 'class': 'fresh' },
      el('td', { 'class': 'num' }, el('a', { href: '/blocks/' + b.height }, b.height)),
      el('td', { 'class': 'hash' }, el('a', { href: '/blocks/' + b.hash, title: b.hash }, el('code', {}, shortHash(b.hash)))),
      el('td', {}, el('time', { datetime: iso(b.timestamp) }, utc(b.timestamp))),
      el('td', {}, b.source),
      el('td', { 'class': 'num' }, b.dataBytes + ' B'),
      el('td', { 'class': 'preview' }, b.preview));
  }

  function liveTables() { return document.querySelectorAll('tbody[data-live="blocks"]'); }

  function onBlock(b) {
    liveTables().forEach(function (tbody) {
      var row = blockRow(b);
      var existing = tbody.querySelector('tr[data-height="' + b.height + '"]');
      if (existing) {
        tbody.replaceChild(row, existing);
      } else {
        var before = Array.prototype.find.call(tbody.rows, function (r) {
          return Number(r.dataset.height) < b.height || r.dataset.height === undefined;
        });
        tbody.insertBefore(row, before || null);
      }
      var limit = Number(tbody.dataset.limit || 25);
      while (tbody.rows.length > limit) tbody.deleteRow(tbody.rows.length - 1);
    });
  }

  function onReorg(r) {
    liveTables().forEach(function (tbody) {
      Array.prototype.slice.call(tbody.rows).forEach(function (row) {
        if (Number(row.dataset.height) > r.forkHeight) row.remove();
      });
    });
  }

  function onTip(t) {
    document.querySelectorAll('[data-stat="height"]').forEach(function (n) { n.textContent = t.height; });
    document.querySelectorAll('[data-stat="work"]').forEach(function (n) { n.textContent = t.work; });
    document.querySelectorAll('[data-stat="tip"]').forEach(function (n) {
      n.href = '/blocks/' + t.hash;
      n.replaceChildren(el('code', {}, t.hash));
    });
    document.querySelectorAll('[data-stat="time"]').forEach(function (n) {
      n.setAttribute('datetime', iso(t.timestamp));
      n.textContent = utc(t.timestamp);
    });
  }

  function onP2p(m) {
    var feed = document.querySelector('[data-live="feed"]');
    if (!feed) return;
    var empty = document.querySelector('[data-feed-empty]');
    if (empty) empty.remove();
    var incoming = m.direction === 'in';
    feed.prepend(el('li', { 'class': 'msg msg-' + m.direction + ' fresh' },
      el('time', { datetime: iso(m.time) }, utc(m.time)),
      el('span', { 'class': 'dir', 'aria-label': incoming ? 'received from' : 'sent to' }, incoming ? '\u2190' : '\u2192'),
      el('span', { 'class': 'type' }, m.type),
      el('span', { 'class': 'peer' }, m.peer),
      el('span', { 'class': 'size' }, m.size + ' B')));
    var limit = Number(feed.dataset.limit || 200);
    while (feed.children.length > limit) feed.lastElementChild.remove();
  }

  // Fetches this page again and swaps in its live regions and form tokens: after a reconnect,
  // a reorg we could not follow, a change of peers, or events this page missed.
  function resync() {
    fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (res) { return res.ok ? res.text() : Promise.reject(res.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        document.querySelectorAll('[data-region][id]').forEach(function (region) {
          var next = fresh.getElementById(region.id);
          if (next) region.innerHTML = next.innerHTML;
        });
        var meta = fresh.querySelector('meta[name="csrf-token"]');
        if (meta) {
          document.querySelector('meta[name="csrf-token"]').content = meta.content;
          document.querySelectorAll('input[name="csrf"]').forEach(function (i) { i.value = meta.content; });
        }
      })
      .catch(function () { /* the next event or reconnect tries again */ });
  }

  function scheduleResync() {
    clearTimeout(resyncTimer);
    resyncTimer = setTimeout(resync, 150);
  }

  function listen(name, handler) {
    source.addEventListener(name, function (e) { handler(JSON.parse(e.data)); });
  }

  function connect() {
    if (!window.EventSource) return;
    source = new EventSource('/api/events');
    listen('hello', function (h) {
      var shown = document.querySelector('[data-stat="height"]');
      if (opened || (shown && Number(shown.textContent) !== h.height)) scheduleResync();
      opened = true;
      retryDelay = 2000;
      setStatus('live', 'Live');
    });
    listen('block', onBlock);
    listen('tip', onTip);
    listen('reorg', onReorg);
    listen('p2p', onP2p);
    listen('peers', scheduleResync);
    listen('resync', scheduleResync);
    source.onerror = function () {
      setStatus('down', 'Reconnecting\u2026');
      // The browser retries by itself unless the node answered with an error (while it restarts):
      // then it gives up, and we start again with a growing pause.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        reconnectTimer = setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30000);
      }
    };
  }

  function enhanceSubmit(form) {
    var status = form.querySelector('.status');
    var button = form.querySelector('button[type="submit"]');
    var field = form.querySelector('textarea');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      button.disabled = true;
      status.classList.remove('error');
      status.textContent = 'Mining\u2026';
      fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
        credentials: 'same-origin'
      }).then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (body) {
          if (res.status === 201) {
            status.replaceChildren('Mined block ' + body.index + ': ',
              el('a', { href: '/blocks/' + body.hash }, el('code', {}, shortHash(body.hash))));
            field.value = '';
          } else {
            status.classList.add('error');
            // The same words as the page without the script: the rule's id, then the chain's message.
            status.textContent = body.detail
              ? (body.rule ? body.rule + ': ' + body.detail : body.detail)
              : 'The node refused the data (HTTP ' + res.status + ')';
          }
        });
      }).catch(function (e) {
        status.classList.add('error');
        status.textContent = 'The node did not answer: ' + e.message;
      }).finally(function () {
        button.disabled = false;
      });
    });
  }

  // A page the browser keeps for Back (the back/forward cache) must not keep its stream: browsers
  // allow 6 connections to a host, so a few pages left that way would stall the next page's load.
  // When such a page is shown again, it reconnects, and the hello resynchronises it.
  function disconnect() {
    clearTimeout(reconnectTimer);
    if (source) source.close();
    source = null;
  }

  document.querySelectorAll('form[data-submit]').forEach(enhanceSubmit);
  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', function (e) {
    if (e.persisted) {
      setStatus('connecting', 'Connecting\u2026');
      connect();
    }
  });
  setStatus('connecting', 'Connecting\u2026');
  connect();
})();
