package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeSet;

/** {@code parley repair}: drop the staging graphs that imports into a remote store left behind. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Drop the staging graphs that imports into a remote store (--endpoint) left behind when the",
                "store died under them: they are not Parley's data, but queries over the default graph see them.",
                "Run it when no import into the store is running: it watches the staging graphs for --wait",
                "seconds first and refuses (exit 3, nothing dropped) if they change, since dropping the staging",
                "graphs of a running import would empty its targets. An embedded store (--db) needs no repair."})
final class RepairCommand extends Verb {
    @Mixin
    TargetOptions store;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "5",
            description = "how long to watch the staging graphs for a running import first (default: ${DEFAULT-VALUE})")
    int waitSeconds;

    @Option(names = "--dry-run", description = "list the staging graphs without dropping them")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        if (waitSeconds < 0) throw new UsageException("Illegal --wait=" + waitSeconds + ": must be 0 or more seconds");
        if (store.endpoint == null)
            throw new UsageException("repair needs --endpoint URL: an embedded store (--db) needs no repair, every write"
                    + " to it is one transaction");
        PrintWriter out = out();
        try (Parley parley = store.open()) {
            String s = parley.store().describe();
            Map<String, Long> first = parley.stagingGraphs();
            if (first.isEmpty()) {
                out.println("no staging graphs in " + s + ": nothing to repair");
                return Main.OK;
            }
            if (waitSeconds > 0 && !dryRun) {
                Thread.sleep(waitSeconds * 1000L);
                Map<String, Long> again = parley.stagingGraphs();
                if (!again.equals(first))
                    throw new StoreException("the staging graphs in " + s + " changed within " + waitSeconds
                            + " s (" + describe(first) + ", then " + describe(again) + "): an import is running, and"
                            + " dropping its staging graphs would empty its targets; nothing was dropped. Run repair when it is over");
            }
            for (Map.Entry<String, Long> e : first.entrySet())
                out.printf("%s staging graph %s (%,d quads)%n", dryRun ? "would drop" : "dropped", e.getKey(), e.getValue());
            if (!dryRun) parley.dropStaging(first.keySet());
            out.println((dryRun ? "would drop " : "dropped ") + describe(first) + " from " + s);
        }
        return Main.OK;
    }

    /** "3 staging graphs of 1 import, 1,000 quads". */
    static String describe(Map<String, Long> staging) {
        TreeSet<String> runs = new TreeSet<>();
        long quads = 0;
        for (Map.Entry<String, Long> e : staging.entrySet()) {
            String rest = e.getKey().substring(RemoteStore.STAGING_BASE.length());
            runs.add(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
            quads += e.getValue();
        }
        return String.format("%d staging graph%s of %d import%s, %,d quads", staging.size(), staging.size() == 1 ? "" : "s",
                runs.size(), runs.size() == 1 ? "" : "s", quads);
    }
}
