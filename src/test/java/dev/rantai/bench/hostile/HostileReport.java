package dev.rantai.bench.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of a hostile benchmark run, in Markdown, from one result file per attack (what
 * {@link HostileBench} printed, plus lines {@code delays<TAB>label<TAB>blocks p50 p99 max} from the sink's
 * store and {@code run<TAB>load<TAB>...} from the script), then the details of each attack. Arguments: the
 * result files, in the order of the table.
 */
public final class HostileReport {
    public static void main(String[] args) throws IOException {
        List<Map<String, String>> runs = new ArrayList<>();
        for (String file : args) {
            Map<String, String> r = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of(file))) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    r.merge(f[0] + "\t" + f[1], f[2], (x, y) -> x + "; " + y);
                }
            }
            runs.add(r);
        }
        System.out.println("| Attack | relay p50 / p99 ms: baseline -> attack | delivered in the attack phase"
                + " | T CPU cores: baseline -> attack (busiest 0.5 s) | heap max MB | RSS max MB | ready under attack"
                + " | data dir growth | attacker cut off |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Map<String, String> r : runs) {
            String[] base = delays(r, "base");
            String[] att = delays(r, "attack");
            System.out.printf("| %s | %s / %s -> **%s / %s** | %s of %s | %s -> **%s** (%s) | %s -> **%s** | %s -> **%s**"
                    + " | %s%s | %s -> **%s** | %s |%n",
                    get(r, "run", "attack") + (r.containsKey("run\torder") ? " (cold)" : ""), base[1], base[2], att[1], att[2],
                    att[0], get(r, "attack", "submitted"),
                    get(r, "base", "cpu"), get(r, "attack", "cpu"), get(r, "attack", "cpu max"),
                    get(r, "base", "heap max MB"), get(r, "attack", "heap max MB"), get(r, "base", "rss max MB"),
                    get(r, "attack", "rss max MB"), get(r, "attack", "ready"),
                    "true".equals(get(r, "attack", "alive")) ? "" : ", **T died**", kb(get(r, "base", "disk growth KB")),
                    kb(get(r, "attack", "disk growth KB")), cutOff(r));
        }
        System.out.println();
        for (Map<String, String> r : runs) {
            System.out.println("**" + get(r, "run", "attack") + "** (" + get(r, "run", "description") + "; load "
                    + get(r, "run", "load") + "):");
            if (r.containsKey("run\torder")) {
                System.out.println("- order: " + r.get("run\torder"));
            }
            r.forEach((k, v) -> {
                String[] f = k.split("\t");
                if (f[0].equals("finding") || f[0].equals("attacker") || f[0].equals("target")
                        || f[0].equals("settle")) {
                    System.out.println("- " + f[1] + ": " + v);
                }
            });
            System.out.println("- attack phase: longest not ready " + get(r, "attack", "longest not ready (ms)")
                    + " ms, blocks behind at most " + get(r, "attack", "blocks behind max") + ", open files at most "
                    + get(r, "attack", "fds max") + " (baseline " + get(r, "base", "fds max") + "), log growth "
                    + get(r, "attack", "log growth KB") + " KB (baseline " + get(r, "base", "log growth KB")
                    + " KB), honest requests failed " + get(r, "attack", "failed") + ", latest request "
                    + get(r, "attack", "latest request (ms)") + " ms (" + get(r, "attack", "not sent in time")
                    + " not sent in time: the source was slow to answer), T's chain grew by "
                    + get(r, "attack", "target height growth") + " blocks (baseline " + get(r, "base", "target height growth")
                    + "), CPU of the attacker and honest client "
                    + get(r, "attack", "bench client cpu") + " cores (baseline " + get(r, "base", "bench client cpu")
                    + ")");
            if (r.containsKey("run\terror")) {
                System.out.println("- **error**: " + r.get("run\terror"));
            }
            System.out.println();
        }
    }

    /** blocks, p50, p99 of a phase at the sink. */
    private static String[] delays(Map<String, String> r, String label) {
        String d = r.get("delays\t" + label);
        if (d == null) {
            return new String[] { "?", "?", "?" };
        }
        String[] f = d.trim().split(" ");
        return new String[] { f[0], f.length > 1 ? f[1] : "-", f.length > 2 ? f[2] : "-" };
    }

    private static String cutOff(Map<String, String> r) {
        String first = get(r, "attacker", "first cut off");
        String bans = get(r, "target", "bans and refusals");
        return (first.equals("never") ? "never" : "yes, first " + first) + "; " + bans;
    }

    private static String kb(String kb) {
        try {
            long k = Long.parseLong(kb);
            return k >= 10 * 1024 ? (k >> 10) + " MB" : k + " KB";
        } catch (NumberFormatException e) {
            return kb;
        }
    }

    private static String get(Map<String, String> r, String section, String key) {
        return r.getOrDefault(section + "\t" + key, "?");
    }
}
