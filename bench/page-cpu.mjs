// Where an open page's time goes, from inside the browser, over the Chrome DevTools Protocol.
// Usage: node --experimental-websocket bench/page-cpu.mjs <debugging port> <seconds> [profile]
// Prints the renderer's own counters over the seconds (Performance.getMetrics: script, layout,
// style, tasks, in ms per second) and, with "profile", the functions that took the most of the
// main thread (Profiler, sampling every 200 µs), by self time; with "trace", the renderer's threads
// by trace event (Chrome's own tracing, devtools.timeline and related categories), by self time.
const [port, seconds, mode] = [process.argv[2], Number(process.argv[3] || 10), process.argv[4]];

const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
const page = targets.find((t) => t.type === 'page');
if (!page) throw new Error('no page in the browser on port ' + port);
const ws = new WebSocket(page.webSocketDebuggerUrl);
await new Promise((ok, fail) => { ws.onopen = ok; ws.onerror = fail; });
let id = 0;
const waiting = new Map();
const traceEvents = [];
let traceDone = null;
ws.onmessage = (e) => {
  const m = JSON.parse(e.data);
  if (m.method === 'Tracing.dataCollected') traceEvents.push(...m.params.value);
  if (m.method === 'Tracing.tracingComplete' && traceDone) traceDone();
  if (m.id && waiting.has(m.id)) {
    waiting.get(m.id)(m);
    waiting.delete(m.id);
  }
};
function send(method, params = {}) {
  return new Promise((ok, fail) => {
    const n = ++id;
    waiting.set(n, (m) => (m.error ? fail(new Error(method + ': ' + m.error.message)) : ok(m.result)));
    ws.send(JSON.stringify({ id: n, method, params }));
  });
}
const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function metrics() {
  const r = await send('Performance.getMetrics');
  return Object.fromEntries(r.metrics.map((m) => [m.name, m.value]));
}

await send('Performance.enable', { timeDomain: 'threadTicks' });
if (mode === 'profile') {
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
}
if (mode === 'trace') {
  await send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { recordMode: 'recordContinuously',
    includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'viz',
      'v8', 'toplevel', 'loading', 'benchmark', 'renderer.scheduler'] } });
}
const t0 = Date.now();
const m0 = await metrics();
await pause(seconds * 1000);
const m1 = await metrics();
const wall = (Date.now() - t0) / 1000;
const per = (k) => (((m1[k] || 0) - (m0[k] || 0)) * 1000 / wall).toFixed(1);
const count = (k) => (((m1[k] || 0) - (m0[k] || 0)) / wall).toFixed(1);
console.log(`page ${page.url}: over ${wall.toFixed(1)} s, per second:`);
console.log(`  tasks ${per('TaskDuration')} ms (other tasks ${per('TaskOtherDuration')} ms), script ${per('ScriptDuration')} ms,`
  + ` style ${per('RecalcStyleDuration')} ms (${count('RecalcStyleCount')} times), layout ${per('LayoutDuration')} ms`
  + ` (${count('LayoutCount')} times)`);
console.log(`  DOM nodes ${m1.Nodes}, listeners ${m1.JSEventListeners}, JS heap ${(m1.JSHeapUsedSize / 1e6).toFixed(1)} MB,`
  + ` documents ${m1.Documents}, frames ${m1.Frames}`);

if (mode === 'profile') {
  const { profile } = await send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  const self = new Map();
  let total = 0;
  profile.samples.forEach((s, i) => {
    const n = byId.get(s);
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    const d = dt[i + 1] || 0;
    total += d;
    self.set(name, (self.get(name) || 0) + d);
  });
  const busy = [...self.entries()].filter(([k]) => !k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
  console.log(`  profile: main thread busy ${(busy / 1000 / wall).toFixed(1)} ms/s of ${(total / 1000 / wall).toFixed(0)}; by self time:`);
  [...self.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 18)
    .forEach(([k, v]) => console.log(`    ${(v / 1000 / wall).toFixed(2).padStart(7)} ms/s  ${k}`));
}
if (mode === 'trace') {
  const done = new Promise((ok) => { traceDone = ok; });
  await send('Tracing.end');
  await done;
  // Self time of complete events (ph X, or B/E pairs) per thread and name: a parent's time minus its children's.
  const names = new Map();
  traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').forEach((e) => names.set(e.pid + ':' + e.tid, e.args.name));
  const byThread = new Map();
  const open = new Map();
  for (const e of traceEvents) {
    const key = e.pid + ':' + e.tid;
    if (e.ph === 'X' && e.dur !== undefined) {
      if (!byThread.has(key)) byThread.set(key, []);
      byThread.get(key).push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    } else if (e.ph === 'B') {
      if (!open.has(key)) open.set(key, []);
      open.get(key).push(e);
    } else if (e.ph === 'E' && open.has(key) && open.get(key).length) {
      const b = open.get(key).pop();
      if (!byThread.has(key)) byThread.set(key, []);
      byThread.get(key).push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  const rows = [];
  for (const [key, events] of byThread) {
    events.sort((a, b) => a.ts - b.ts || b.end - a.end);
    const self = new Map();
    const stack = [];
    let top = 0;
    for (const ev of events) {
      while (stack.length && stack[stack.length - 1].end <= ev.ts) stack.pop();
      ev.self = ev.end - ev.ts;
      if (stack.length) stack[stack.length - 1].self -= Math.min(ev.self, stack[stack.length - 1].end - ev.ts);
      else top += ev.self;
      stack.push(ev);
    }
    events.forEach((ev) => self.set(ev.name, (self.get(ev.name) || 0) + Math.max(0, ev.self)));
    rows.push({ thread: names.get(key) || key, top, self });
  }
  rows.sort((a, b) => b.top - a.top);
  console.log('  trace: per thread, time inside trace events (ms/s), and the events with the most self time:');
  for (const r of rows.slice(0, 6)) {
    console.log(`  ${r.thread}: ${(r.top / 1000 / wall).toFixed(1)} ms/s`);
    [...r.self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10)
      .forEach(([n, v]) => console.log(`    ${(v / 1000 / wall).toFixed(2).padStart(7)} ms/s  ${n}`));
  }
}
ws.close();
