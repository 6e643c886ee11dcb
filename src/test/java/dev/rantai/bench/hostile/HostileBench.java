package dev.rantai.bench.hostile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the hostile benchmark against running nodes (bench/hostile.sh starts and stops them): honest
 * blocks go to the source at a steady rate through a warm-up, a baseline phase and an attack phase of the same
 * length, while the monitor watches the target; in the attack phase one attack runs against the target. Then
 * it waits for the sink to reach the source's tip. Prints tab-separated lines {@code section key value} that
 * {@link HostileReport} turns into the table; the propagation delays come from the sink's store afterwards.
 *
 * <p>
 * Arguments are {@code key=value}: {@code attack} (a name of {@link Attacks}), {@code seconds}, {@code warmup},
 * {@code rate} (blocks/s), {@code attacker-ip}, {@code attacker-port}, {@code clk-tck}, {@code target-http},
 * {@code target-p2p}, {@code target-pid}, {@code target-dir}, {@code target-log}, {@code source-http},
 * {@code source-p2p}, {@code sink-http}, {@code sink-p2p}, {@code extra-http}, {@code extra-p2p}, {@code cold}
 * ({@code true}: the cold order, the attack phase first, from the first honest block after the nodes are ready,
 * no warm-up, the baseline after it), and the attacks' own options.
 */
public final class HostileBench {
    private static final Pattern COUNTER = Pattern.compile(
            "^rantai_p2p_(bans|refused)_total\\{reason=\"([^\"]*)\"} ([0-9.Ee+]+)$", Pattern.MULTILINE);
    private static final long SETTLE_MILLIS = 20_000;

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Attack attack = Optional.ofNullable(Attacks.ALL.get(a.get("attack")))
                .orElseThrow(() -> new IllegalArgumentException("no attack " + a.get("attack") + "; known: "
                        + Attacks.ALL.keySet()));
        Nodes nodes = new Nodes(port(a, "target-http"), port(a, "target-p2p"), Long.parseLong(a.get("target-pid")),
                Path.of(a.get("target-dir")), Path.of(a.get("target-log")), port(a, "source-http"),
                port(a, "source-p2p"), port(a, "sink-http"), port(a, "sink-p2p"), port(a, "extra-http"),
                port(a, "extra-p2p"));
        long seconds = Long.parseLong(a.getOrDefault("seconds", "30"));
        long warmup = Long.parseLong(a.getOrDefault("warmup", "10"));
        HonestTraffic traffic = new HonestTraffic(nodes.sourceHttp(), Double.parseDouble(a.getOrDefault("rate", "50")));
        Http http = new Http();
        int clockTicks = Integer.parseInt(a.getOrDefault("clk-tck", "100"));
        print("run", "attack", attack.name());
        print("run", "description", attack.description());

        if (Boolean.parseBoolean(a.getOrDefault("cold", "false"))) {
            // what a node meets when it is attacked as soon as it is up: no warm-up, the baseline comes after
            print("run", "order", "cold: the attack from the first honest block after ready, the baseline after it");
            phase("attack", attack, nodes, traffic, http, clockTicks, seconds, a);
            phase("base", null, nodes, traffic, http, clockTicks, seconds, a);
        } else {
            HonestTraffic.Result w = traffic.run("warmup", warmup);
            print("warmup", "submitted", w.submitted());
            phase("base", null, nodes, traffic, http, clockTicks, seconds, a);
            phase("attack", attack, nodes, traffic, http, clockTicks, seconds, a);
        }
        print("settle", "sink at the source's tip", settle(http, nodes));
        System.out.flush();
        // attack threads that did not end are daemons; the monitor's jstat was destroyed
        System.exit(0);
    }

    private static int port(Map<String, String> a, String key) {
        return Integer.parseInt(a.getOrDefault(key, "-1"));
    }

    private static void phase(String label, Attack attack, Nodes nodes, HonestTraffic traffic, Http http,
            int clockTicks, long seconds, Map<String, String> options) throws InterruptedException {
        Optional<Map<String, Double>> before = counters(http, nodes);
        long heightBefore = height(http, nodes.targetHttp());
        Monitor monitor = new Monitor(nodes, clockTicks, http).start();
        AttackContext ctx = null;
        Thread attacker = null;
        if (attack != null) {
            // The attack ends when this thread stops it, after its end-of-attack look (which needs it running);
            // its own deadline is only a bound.
            ctx = new AttackContext(nodes, options.getOrDefault("attacker-ip", "127.1.0.1"),
                    Integer.parseInt(options.getOrDefault("attacker-port", "19399")), http, seconds + 60, options);
            AttackContext c = ctx;
            attacker = new Thread(() -> {
                try {
                    attack.run().run(c);
                } catch (Exception | Error e) {
                    c.finding("attack ended with", e.toString());
                }
            }, "attack");
            attacker.setDaemon(true);
            attacker.start();
        }
        long self = ProcessHandle.current().pid();
        long selfTicks = Monitor.cpuTicks(self);
        long t0 = System.nanoTime();
        HonestTraffic.Result honest = traffic.run(label, seconds);
        // the honest client's and the attacker's CPU: on one machine they compete with the target
        double clientCores = (Monitor.cpuTicks(self) - selfTicks) / (double) clockTicks / ((System.nanoTime() - t0) / 1e9);
        if (ctx != null) {
            try {
                attack.atEnd().run(ctx);
            } catch (Exception e) {
                ctx.finding("end-of-attack look failed", e.toString());
            }
            print("target", "attacker's host in /api/peers",
                    Attacks.attackerViews(http, nodes.targetHttp(),
                            ctx.attackerIp.substring(0, ctx.attackerIp.lastIndexOf('.'))));
            ctx.stop();
            attacker.join(10_000);
            if (attacker.isAlive()) {
                ctx.finding("attack thread", "still running 10 s after the end (left behind)");
            }
        }
        Monitor.Summary m = monitor.stop();
        Optional<Map<String, Double>> after = counters(http, nodes);
        long heightAfter = height(http, nodes.targetHttp());
        print(label, "submitted", honest.submitted());
        print(label, "target height growth", heightBefore < 0 || heightAfter < 0 ? "?" : heightAfter - heightBefore);
        print(label, "failed", honest.failed());
        print(label, "not sent in time", honest.notSent());
        print(label, "latest request (ms)", honest.maxLateMillis());
        print(label, "cpu", String.format("%.2f", m.cpuCores()));
        print(label, "cpu max", String.format("%.2f", m.cpuCoresMax()));
        print(label, "heap max MB", m.heapMax() >> 20);
        print(label, "rss max MB", m.rssMax() >> 20);
        print(label, "fds max", m.fdsMax());
        print(label, "bench client cpu", String.format("%.2f", clientCores));
        print(label, "disk growth KB", m.diskGrowth() >> 10);
        print(label, "log growth KB", m.logGrowth() >> 10);
        print(label, "ready", m.readyUp() + "/" + m.readySamples());
        print(label, "longest not ready (ms)", m.notReadyLongestMillis());
        print(label, "blocks behind max", m.blocksBehindMax());
        print(label, "alive", m.alive());
        if (ctx != null) {
            print("target", "bans and refusals", delta(before, after));
            print("attacker", "tally", ctx.tally.summary());
            print("attacker", "first cut off", ctx.tally.firstCutOffMillis() < 0 ? "never"
                    : ctx.tally.firstCutOffMillis() + " ms in");
            new TreeMap<>(ctx.findings()).forEach((k, v) -> print("finding", k, v));
        }
    }

    /** The target's ban and refusal counters ({@code rantai_p2p_bans_total}, {@code rantai_p2p_refused_total}). */
    private static Optional<Map<String, Double>> counters(Http http, Nodes nodes) {
        return http.metrics(nodes.targetHttp()).map(body -> {
            Map<String, Double> c = new TreeMap<>();
            Matcher m = COUNTER.matcher(body);
            while (m.find()) {
                c.put(m.group(1) + " " + m.group(2), Double.parseDouble(m.group(3)));
            }
            return c;
        });
    }

    private static String delta(Optional<Map<String, Double>> before, Optional<Map<String, Double>> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return "metrics unavailable (GET /q/metrics unanswered)";
        }
        StringBuilder sb = new StringBuilder();
        after.get().forEach((k, v) -> {
            long d = Math.round(v - before.get().getOrDefault(k, 0.0));
            if (d != 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" +").append(d);
            }
        });
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static long height(Http http, int port) {
        return http.chain(port).map(c -> c.get("height").asLong()).orElse(-1L);
    }

    /** How long until the sink holds the source's tip, or a note that it did not within 20 s. */
    private static String settle(Http http, Nodes nodes) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < SETTLE_MILLIS * 1_000_000) {
            Optional<String> source = http.chain(nodes.sourceHttp()).map(c -> c.get("tip").asText());
            Optional<String> sink = http.chain(nodes.sinkHttp()).map(c -> c.get("tip").asText());
            if (source.isPresent() && source.equals(sink)) {
                return "after " + (System.nanoTime() - start) / 1_000_000 + " ms";
            }
            Pause.millis(100);
        }
        return "not within " + SETTLE_MILLIS / 1000 + " s";
    }

    private static void print(String section, String key, Object value) {
        System.out.println(section + "\t" + key + "\t" + value);
    }
}
