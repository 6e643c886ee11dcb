// Where an open page's time goes, from inside the browser, over the Chrome DevTools Protocol.
// Usage: node --experimental-websocket bench/page-cpu.mjs <debugging port> <seconds> [profile]
// Prints the renderer's own counters over the seconds (Performance.getMetrics: script, layout,
// style, tasks, in ms per second) and, with "profile", the functions that took the most of the
// main thread (Profiler, sampling every 200 µs), by self time.
const [port, seconds, mode] = [process.argv[2], Number(process.argv[3] || 10), process.argv[4]];

const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
const page = targets.find((t) => t.type === 'page');
if (!page) throw new Error('no page in the browser on port ' + port);
const ws = new WebSocket(page.webSocketDebuggerUrl);
await new Promise((ok, fail) => { ws.onopen = ok; ws.onerror = fail; });
let id = 0;
const waiting = new Map();
ws.onmessage = (e) => {
  const m = JSON.parse(e.data);
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
ws.close();
