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

  // "12 s ago", with the time in the browser's own zone on hover.
  function relative(ms) {
    var s = Math.round((Date.now() - ms) / 1000);
    if (s < 0) return 'in ' + (-s) + ' s';
    if (s < 60) return s + ' s ago';
    if (s < 3600) return Math.floor(s / 60) + ' min ago';
    if (s < 86400) return Math.floor(s / 3600) + ' h ' + Math.floor((s % 3600) / 60) + ' min ago';
    return Math.floor(s / 86400) + ' d ago';
  }
  function timeEl(ms) {
    var t = el('time', { datetime: iso(ms), 'data-rel': '' }, utc(ms));
    showRelative(t);
    return t;
  }
  function showRelative(t) {
    var ms = Date.parse(t.getAttribute('datetime'));
    if (isNaN(ms)) return;
    t.textContent = relative(ms);
    t.title = new Date(ms).toLocaleString() + ' (' + utc(ms) + ')';
  }
  function refreshTimes(root) {
    (root || document).querySelectorAll('time[data-rel]').forEach(showRelative);
  }

  function copyButton(text, what) {
    var b = el('button', { type: 'button', 'class': 'copy', 'data-copy': text, 'aria-label': 'Copy ' + what }, 'Copy');
    return b;
  }
  function copy(button) {
    var text = button.dataset.copy;
    var done = function () {
      button.textContent = 'Copied';
      button.classList.add('copied');
      setTimeout(function () { button.textContent = 'Copy'; button.classList.remove('copied'); }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }
  // Pages served over plain HTTP from another host have no clipboard API: a selected field and the old command.
  function fallbackCopy(text) {
    var field = el('textarea', { 'aria-hidden': 'true', 'class': 'visually-hidden' });
    field.value = text;
    document.body.append(field);
    field.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    field.remove();
  }
  function enableCopyButtons(root) {
    (root || document).querySelectorAll('button.copy[hidden]').forEach(function (b) { b.hidden = false; });
  }
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button.copy');
    if (b) copy(b);
  });

  function blockRow(b) {
    return el('tr', { 'data-height': b.height, 'data-hash': b.hash, 'class': 'fresh' },
      el('td', { 'class': 'num', 'data-label': 'Height' }, el('a', { href: '/blocks/' + b.height }, b.height)),
      el('td', { 'class': 'hash', 'data-label': 'Hash' }, el('span', {}, el('a', { href: '/blocks/' + b.hash, title: b.hash }, el('code', {}, shortHash(b.hash))),
        ' ', copyButton(b.hash, 'hash of block ' + b.height))),
      el('td', { 'data-label': 'Time' }, b.height === 0 ? el('span', { 'class': 'genesis' }, 'genesis') : timeEl(b.timestamp)),
      el('td', { 'data-label': 'Source' }, b.source),
      el('td', { 'class': 'num', 'data-label': 'Size' }, b.dataBytes + ' B'),
      el('td', { 'class': 'preview', 'data-label': 'Data' }, b.preview));
  }

  // The block page: its next block appears, and its confirmations count up, as blocks arrive.
  function onBlockForBlockPage(b) {
    var nav = document.getElementById('block-neighbours');
    if (!nav || nav.dataset.canonical !== 'true') return;
    if (b.previousHash === nav.dataset.block) {
      var next = document.getElementById('next-block');
      next.replaceChildren(el('a', { href: '/blocks/' + b.hash, rel: 'next', 'class': 'fresh' }, 'Next block'));
    }
  }
  function onTipForBlockPage(t) {
    var nav = document.getElementById('block-neighbours');
    var c = document.getElementById('confirmations');
    if (!nav || !c) return;
    var n = t.height - Number(nav.dataset.height) + 1;
    if (n >= 1) c.textContent = n;
    else scheduleResync();
  }

  function liveTables() { return document.querySelectorAll('tbody[data-live="blocks"]'); }

  function onBlock(b) {
    onBlockForBlockPage(b);
    liveTables().forEach(function (tbody) {
      var existing = tbody.querySelector('tr[data-height="' + b.height + '"]');
      // the page may already show the block (rendered after it was stored, before its event came)
      if (existing && existing.dataset.hash === b.hash) return;
      var row = blockRow(b);
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
    document.dispatchEvent(new CustomEvent('rantai:tip', { detail: t }));
    document.querySelectorAll('[data-stat="height"]').forEach(function (n) { n.textContent = t.height; });
    document.querySelectorAll('[data-stat="work"]').forEach(function (n) { n.textContent = t.work; });
    document.querySelectorAll('[data-stat="tip"]').forEach(function (n) {
      n.href = '/blocks/' + t.hash;
      n.replaceChildren(el('code', {}, t.hash));
    });
    document.querySelectorAll('[data-stat="time"]').forEach(function (n) {
      var fresh = timeEl(t.timestamp);
      fresh.setAttribute('data-stat', 'time');
      n.replaceWith(fresh);
    });
    onTipForBlockPage(t);
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
    // scheduled while shown, due after the page was hidden: it waits until the page is shown again
    if (document.hidden) {
      resyncWhenShown = true;
      return;
    }
    fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (res) { return res.ok ? res.text() : Promise.reject(res.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        document.querySelectorAll('[data-region][id]').forEach(function (region) {
          var next = fresh.getElementById(region.id);
          if (next) region.innerHTML = next.innerHTML;
          enableCopyButtons(region);
          refreshTimes(region);
        });
        var meta = fresh.querySelector('meta[name="csrf-token"]');
        if (meta) {
          document.querySelector('meta[name="csrf-token"]').content = meta.content;
          document.querySelectorAll('input[name="csrf"]').forEach(function (i) { i.value = meta.content; });
        }
      })
      .catch(function () { /* the next event or reconnect tries again */ });
  }

  // Peers whose set and states are as shown get their heights and round trips in place; any other
  // change (a peer came, went, was banned) fetches the page again.
  var peerStructure = null;
  function onPeers(p) {
    var structure = p.peers.map(function (x) { return x.address + ' ' + x.state + ' ' + x.direction; }).join('|');
    // The first event after the page was rendered: the page may predate it, so it is fetched again once.
    if (peerStructure === null || structure !== peerStructure) {
      peerStructure = structure;
      scheduleResync();
      return;
    }
    peerStructure = structure;
    p.peers.forEach(function (x) {
      document.querySelectorAll('[data-peer-height]').forEach(function (n) {
        if (n.dataset.peerHeight === x.address) n.textContent = x.height;
      });
      document.querySelectorAll('[data-peer-rtt]').forEach(function (n) {
        if (n.dataset.peerRtt === x.address && x.rttMillis !== null) n.textContent = x.rttMillis.toFixed(1) + ' ms';
      });
    });
  }

  // A hidden page does not fetch itself: it does so once when it is shown again.
  var resyncWhenShown = false;
  function scheduleResync() {
    if (document.hidden) {
      resyncWhenShown = true;
      return;
    }
    clearTimeout(resyncTimer);
    resyncTimer = setTimeout(resync, 150);
  }
  // A page's own script that sees its regions are out of date (the network map's poll) asks for the same.
  document.addEventListener('rantai:resync', scheduleResync);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden && resyncWhenShown) {
      resyncWhenShown = false;
      scheduleResync();
    }
  });

  function listen(name, handler) {
    source.addEventListener(name, function (e) { handler(JSON.parse(e.data)); });
  }

  function connect() {
    if (!window.EventSource) return;
    // A page that shows no blocks or messages (the network page) asks only for the events it uses.
    var wanted = document.querySelector('meta[name="live-events"]');
    source = new EventSource('/api/events' + (wanted ? '?events=' + encodeURIComponent(wanted.content) : ''));
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
    listen('peers', onPeers);
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
  enableCopyButtons();
  refreshTimes();
  setInterval(function () { refreshTimes(); }, 5000);
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
