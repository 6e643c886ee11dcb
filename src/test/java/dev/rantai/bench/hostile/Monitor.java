package dev.rantai.bench.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches the target process through one phase, without relying on it answering: CPU time, RSS and open
 * file descriptors from /proc, heap in use from {@code jstat} (the JVM's shared performance counters, no
 * attach), the size of its data directory and log, and its readiness ({@code /q/health/ready} every
 * 500 ms, 2 s to answer, with {@code blocksBehind} from its data).
 */
final class Monitor {
    private static final long PERIOD_MILLIS = 500;
    private static final Pattern BLOCKS_BEHIND = Pattern.compile("\"blocksBehind\"\\s*:\\s*(\\d+)");

    /** What one phase looked like. Sizes in bytes, CPU in cores (CPU seconds per second). */
    record Summary(double cpuCores, double cpuCoresMax, long rssMax, long heapMax, int fdsMax, long diskGrowth,
            long logGrowth, int readySamples, int readyUp, long notReadyLongestMillis, String blocksBehindMax,
            boolean alive) {
    }

    private final long pid;
    private final int httpPort;
    private final Path dataDir;
    private final Path log;
    private final int clockTicks;
    private final Http http;
    private volatile boolean stopped;
    private Thread sampler;
    private Thread readiness;
    private Process jstat;
    private Thread jstatReader;
    // written by the sampler thread, read after it ended
    private long startTicks;
    private long lastTicks;
    private long startNanos;
    private long endNanos;
    private double cpuMax;
    private long rssMax;
    private int fdsMax;
    private long diskStart;
    private long diskEnd;
    private long logStart;
    private long logEnd;
    private volatile long heapMax;
    // written by the readiness thread
    private int samples;
    private int up;
    private long downSince = -1;
    private long downLongest;
    private java.math.BigInteger behindMax = java.math.BigInteger.ZERO;

    Monitor(Nodes nodes, int clockTicks, Http http) {
        this.pid = nodes.targetPid();
        this.httpPort = nodes.targetHttp();
        this.dataDir = nodes.targetDir();
        this.log = nodes.targetLog();
        this.clockTicks = clockTicks;
        this.http = http;
    }

    Monitor start() {
        startTicks = lastTicks = cpuTicks();
        startNanos = System.nanoTime();
        diskStart = diskEnd = size(dataDir);
        logStart = logEnd = size(log);
        startJstat();
        sampler = daemon("monitor", this::sample);
        readiness = daemon("readiness", this::probeReadiness);
        return this;
    }

    Summary stop() throws InterruptedException {
        stopped = true;
        sampler.join(5_000);
        readiness.join(5_000);
        if (jstat != null) {
            jstat.destroy();
            jstatReader.join(2_000);
        }
        long ticks = cpuTicks();
        double seconds = (endNanos - startNanos) / 1e9;
        double cores = ticks < 0 ? -1 : (ticks - startTicks) / (double) clockTicks / seconds;
        synchronized (this) {
            if (downSince >= 0) {
                downLongest = Math.max(downLongest, System.currentTimeMillis() - downSince);
            }
            return new Summary(cores, cpuMax, rssMax, heapMax, fdsMax, diskEnd - diskStart, logEnd - logStart, samples,
                    up, downLongest, behindMax.toString(), Files.exists(Path.of("/proc/" + pid)));
        }
    }

    private void sample() {
        long lastNanos = startNanos;
        while (!stopped) {
            sleep(PERIOD_MILLIS);
            long now = System.nanoTime();
            long ticks = cpuTicks();
            if (ticks >= 0) {
                // the busiest second or so: CPU between two samples
                cpuMax = Math.max(cpuMax, (ticks - lastTicks) / (double) clockTicks / ((now - lastNanos) / 1e9));
                lastTicks = ticks;
            }
            lastNanos = now;
            endNanos = now;
            rssMax = Math.max(rssMax, rss());
            fdsMax = Math.max(fdsMax, fds());
            diskEnd = size(dataDir);
            logEnd = size(log);
        }
        endNanos = System.nanoTime();
    }

    private void probeReadiness() {
        while (!stopped) {
            long t0 = System.currentTimeMillis();
            var answer = http.request(httpPort, "GET", "/q/health/ready", null);
            boolean isUp = answer.map(r -> r.statusCode() == 200).orElse(false);
            synchronized (this) {
                samples++;
                if (isUp) {
                    up++;
                    if (downSince >= 0) {
                        downLongest = Math.max(downLongest, t0 - downSince);
                        downSince = -1;
                    }
                } else if (downSince < 0) {
                    downSince = t0;
                }
                answer.ifPresent(r -> {
                    Matcher m = BLOCKS_BEHIND.matcher(r.body());
                    if (m.find()) {
                        behindMax = behindMax.max(new java.math.BigInteger(m.group(1)));
                    }
                });
            }
            sleep(Math.max(0, PERIOD_MILLIS - (System.currentTimeMillis() - t0)));
        }
    }

    /** jstat prints the heap's areas every 500 ms; the used ones (columns ending in U, metaspace aside) add up. */
    private void startJstat() {
        try {
            jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), Long.toString(PERIOD_MILLIS))
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return;
        }
        jstatReader = daemon("jstat", () -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
                List<String> header = null;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] cols = line.trim().split("\\s+");
                    if (header == null || cols[0].equals(header.get(0))) {
                        header = Arrays.asList(cols);
                        continue;
                    }
                    double kb = 0;
                    for (String heap : List.of("S0U", "S1U", "EU", "OU")) {
                        int i = header.indexOf(heap);
                        if (i >= 0 && i < cols.length) {
                            kb += Double.parseDouble(cols[i]);
                        }
                    }
                    heapMax = Math.max(heapMax, (long) (kb * 1024));
                }
            } catch (IOException | NumberFormatException e) {
                // jstat ended with the target, or printed an error: the heap stays as far as seen
            }
        });
    }

    private long cpuTicks() {
        return cpuTicks(pid);
    }

    /** User and system CPU time of a process, in clock ticks; -1 if it is gone. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command may hold spaces; the fields after it are counted from its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private long rss() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(0L);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private int fds() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return (int) fds.count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long size(Path path) {
        if (path == null || !Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.mapToLong(p -> {
                try {
                    return Files.isRegularFile(p) ? Files.size(p) : 0;
                } catch (IOException e) {
                    return 0; // removed meanwhile (a checkpointed log)
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sleep(long millis) {
        Pause.millis(millis);
    }
}
