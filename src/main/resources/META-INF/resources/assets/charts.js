// Rantai dashboard: charts drawn by uPlot (served by the node as a WebJar). Each chart has a table
// or figures beside it that say the same in text; the charts only add the picture.
(function () {
  'use strict';

  var palette = ['#0b57a4', '#c2410c', '#116b2f', '#7c3aed', '#a1150f', '#0e7490', '#a16207', '#be185d', '#4b5563'];

  function cssVar(name, fallback) {
    var v = getComputedStyle(document.documentElement).getPropertyValue(name);
    return v && v.trim() ? v.trim() : fallback;
  }

  // One live chart in `el`: x values and one series per name; re-created when the series change.
  function LiveChart(el, opts) {
    this.el = el;
    this.opts = opts || {};
    this.plot = null;
    this.names = null;
    var self = this;
    if (window.ResizeObserver) {
      new ResizeObserver(function () { if (self.plot) self.plot.setSize(self.size()); }).observe(el);
    }
  }
  LiveChart.prototype.size = function () {
    return { width: Math.max(200, this.el.clientWidth), height: this.opts.height || 220 };
  };
  LiveChart.prototype.update = function (x, series) {
    if (!window.uPlot) return;
    var names = Object.keys(series);
    var data = [x].concat(names.map(function (n) { return series[n]; }));
    if (!this.plot || JSON.stringify(names) !== JSON.stringify(this.names)) {
      if (this.plot) this.plot.destroy();
      this.names = names;
      var axisColor = cssVar('--muted', '#555b66');
      var grid = { stroke: cssVar('--line', '#d4d6db'), width: 1 };
      var self = this;
      var config = Object.assign(this.size(), {
        scales: { x: { time: !!this.opts.time } },
        legend: { live: false },
        cursor: { drag: { x: false, y: false } },
        axes: [
          { stroke: axisColor, grid: grid, label: this.opts.xLabel || '' },
          { stroke: axisColor, grid: grid, label: this.opts.yLabel || '', size: 60 }
        ],
        series: [{ label: this.opts.xLabel || 'x' }].concat(names.map(function (n, i) {
          return { label: n, stroke: palette[i % palette.length], width: 1.5, spanGaps: !!self.opts.spanGaps,
                   points: { show: !!self.opts.points } };
        }))
      });
      this.plot = new uPlot(config, data, this.el);
    } else {
      this.plot.setData(data);
    }
  };

  function percentile(values, p) {
    var v = values.filter(function (x) { return x !== null && x !== undefined; }).sort(function (a, b) { return a - b; });
    if (!v.length) return null;
    return v[Math.min(v.length - 1, Math.floor(p * v.length))];
  }

  window.RantaiCharts = { LiveChart: LiveChart, percentile: percentile };

  // The overview's block charts: interval, mining time, propagation delay of the newest blocks.
  function timings() {
    var el = document.querySelector('[data-chart="timings"]');
    if (!el) return;
    var chart = new LiveChart(el, { xLabel: 'height', yLabel: 'ms', spanGaps: false, points: true });
    var select = document.getElementById('timings-window');
    var pending = null;
    function load() {
      fetch('/api/chain/timings?blocks=' + select.value, { cache: 'no-store' })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (points) {
          var x = points.map(function (p) { return p.height; });
          var pick = function (k) { return points.map(function (p) { return p[k]; }); };
          var series = { 'block interval': pick('intervalMillis'), 'mining time': pick('miningMillis'),
                         'propagation delay': pick('propagationMillis') };
          chart.update(x, series);
          figures(series, points.length);
        })
        .catch(function () { /* the next block tries again */ });
    }
    function figures(series, n) {
      var body = document.querySelector('#timings-table tbody');
      if (!body) return;
      body.replaceChildren();
      Object.keys(series).forEach(function (name) {
        var values = series[name];
        var count = values.filter(function (v) { return v !== null; }).length;
        var tr = document.createElement('tr');
        [name, count, percentile(values, 0.5), percentile(values, 0.9), percentile(values, 1)].forEach(function (v, i) {
          var td = document.createElement('td');
          td.dataset.label = ['Figure', 'Blocks', 'Median', '90th percentile', 'Largest'][i];
          if (i > 0) td.className = 'num';
          td.textContent = v === null ? '–' : (i >= 2 ? v + ' ms' : v);
          tr.append(td);
        });
        body.append(tr);
      });
      var caption = document.getElementById('timings-caption');
      if (caption) caption.textContent = 'The newest ' + n + ' blocks';
    }
    select.addEventListener('change', load);
    // New blocks: at most one reload every 2 s, however fast they come.
    document.addEventListener('rantai:tip', function () {
      if (!pending) pending = setTimeout(function () { pending = null; load(); }, 2000);
    });
    load();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', timings);
  else timings();
})();
