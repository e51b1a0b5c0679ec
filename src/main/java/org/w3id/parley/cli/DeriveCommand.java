package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.derive.Derivation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code parley derive}: recompute the derived graph, or with {@code --check} compare it with a recomputation. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = {"Recompute the derived graph (https://w3id.org/parley/graph/derived) from the store's data by the",
                "rules of ontology/rules/, in one write. Import, prune and retract do this themselves; run it after",
                "writing to the store by other means (SPARQL Update, a hand edit), or on a store filled before the",
                "derived layer existed.",
                "With --check, nothing is written: the store's other Parley graphs are copied into memory, the rules",
                "run there, and the result is compared with the stored derived graph; the differences are printed",
                "and the exit code is 4 when there are any, 0 when the stored graph is exact."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (with --check: the derived graph is exact)", "1:usage error",
                "3:store or network failure", "4:--check: the stored derived graph differs from the recomputed one"})
final class DeriveCommand extends Verb {
    /** Quads of each kind of difference printed by --check. */
    static final int SHOWN = 10;

    @Mixin
    TargetOptions store;

    @Option(names = "--check", description = "compare the stored derived graph with a recomputation in memory; write nothing")
    boolean check;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Parley parley = store.openExisting(true)) {
            String s = parley.store().describe();
            long started = System.nanoTime();
            if (check) {
                Derivation.Check c = parley.checkDerived();
                double seconds = (System.nanoTime() - started) / 1e9;
                if (c.equal()) {
                    out.printf("the derived graph of %s is exact: %,d quads, the same as the rules derive from its %,d other"
                            + " quads (%.1f s)%n", s, c.stored(), c.copied(), seconds);
                    return Main.OK;
                }
                out.printf("the derived graph of %s differs from what the rules derive from its data: %,d quads stored,"
                        + " %,d derived; %,d missing, %,d unexpected (%.1f s)%n", s, c.stored(), c.expected(),
                        c.missing().size(), c.unexpected().size(), seconds);
                print(out, "missing (derived, not stored)", c.missing());
                print(out, "unexpected (stored, not derived)", c.unexpected());
                out.println("'parley derive" + where() + "' recomputes it");
                return Main.DIFFERS;
            }
            parley.derive();
            out.printf("derived %s: %,d quads in the derived graph (%.1f s)%n", s, parley.derivedSize(),
                    (System.nanoTime() - started) / 1e9);
        }
        return Main.OK;
    }

    private static void print(PrintWriter out, String what, List<String> quads) {
        if (quads.isEmpty()) return;
        out.printf("%s: %,d%s%n", what, quads.size(), quads.size() > SHOWN ? ", the first " + SHOWN + ":" : ":");
        quads.stream().limit(SHOWN).forEach(q -> out.println("  " + q));
    }

    /** The store options to repeat in a suggested command. */
    private String where() {
        if (store.endpoint != null) return " --endpoint " + store.endpoint;
        return store.isDefaultStore() ? "" : " --db " + store.embedded.db;
    }

    /**
     * Stores filled before the derived layer existed hold stances but no derived graph, and the
     * queries that read it would answer nothing. Before {@code serve}, {@code query} and
     * {@code report} read such a store: an embedded one is derived once, in one write, with a
     * line on {@code err}; a remote one (which Parley does not write unasked) gets a warning
     * naming {@code parley derive}.
     *
     * @param remoteOptions how to name the remote store in the warning ({@code --endpoint URL})
     */
    static void upgrade(Parley parley, PrintWriter err, String remoteOptions) {
        long started = System.nanoTime();
        switch (parley.deriveIfMissing()) {
            case PRESENT -> {
                return;
            }
            case MISSING -> err.println("parley: warning: " + parley.store().describe() + " has no derived graph (it was"
                    + " filled before the derived layer, or the graph was dropped): queries that read it answer nothing"
                    + " until 'parley derive " + remoteOptions + "' computes it");
            case DERIVED -> err.printf("parley: %s had no derived graph (it was filled before the derived layer); derived"
                    + " it: %,d quads (%.1f s)%n", parley.store().describe(), parley.derivedSize(),
                    (System.nanoTime() - started) / 1e9);
        }
        err.flush();
    }
}
