package org.w3id.parley.server;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions that stop when their query does. Java's regex engine cannot be
 * interrupted, and a pattern such as {@code ^(.*a){20}$} can backtrack for days over a short
 * string: ARQ's timeout then answers the client, but the thread matching goes on at 100 % of a
 * core until the process ends, and keeps the server from stopping.
 *
 * <p>The engine reads its input through {@link CharSequence#charAt}, so the input given to it
 * here checks, every thousand characters read, the query's cancel signal (set by ARQ's timeouts
 * and by {@link org.apache.jena.query.QueryExecution#abort()}) and a deadline of its own, and
 * throws {@link QueryCancelledException} when either has passed.
 *
 * <p>ARQ builds {@code REGEX} and {@code REPLACE} into its expression classes rather than
 * looking them up by name, so {@link #configure} puts into a query context an optimizer that
 * first rewrites them into calls of {@code fn:matches} and {@code fn:replace} (their definitions
 * in SPARQL), and a function registry where those two names are implemented here. The rewrite
 * comes before ARQ's own optimizer, whose constant folding would otherwise run a constant
 * pattern over a constant string at planning time, out of reach of any timeout.
 */
final class Regex {
    /** XPath's {@code fn:matches}, which SPARQL's REGEX is. */
    static final String MATCHES = "http://www.w3.org/2005/xpath-functions#matches";
    /** XPath's {@code fn:replace}, which SPARQL's REPLACE is. */
    static final String REPLACE = "http://www.w3.org/2005/xpath-functions#replace";

    private Regex() {}

    /**
     * Makes the queries run with {@code context} use stoppable regular expressions; one match
     * (or replacement) may run for at most {@code limit} even when no timeout cancels it.
     */
    static void configure(Context context, Duration limit) {
        long nanos = limit.toNanos();
        FunctionRegistry functions = FunctionRegistry.createFrom(FunctionRegistry.get());
        functions.put(MATCHES, uri -> new Matches(nanos));
        functions.put(REPLACE, uri -> new Replace(nanos));
        FunctionRegistry.set(context, functions);
        RewriteFactory optimizer = cxt -> op -> {
            Op named = Transformer.transform(new TransformCopy(), new ByName(), op);
            return Optimize.getFactory().create(cxt).rewrite(named);
        };
        context.set(ARQConstants.sysOptimizerFactory, optimizer);
    }

    /** REGEX → fn:matches, REPLACE → fn:replace, the arguments as they are. */
    private static final class ByName extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) return new E_Function(MATCHES, args);
            if (func instanceof E_StrReplace) return new E_Function(REPLACE, args);
            return super.transform(func, args);
        }
    }

    /** A pattern compiled once when it is a constant. */
    private abstract static class RegexFunction extends FunctionBase {
        /** The function's name in error messages, ARQ's: REGEX, REPLACE. */
        final String label;
        private final int arguments;
        private final long limitNanos;
        private String lastPattern, lastFlags;
        private Pattern last;

        /** {@code arguments}: how many the function takes without its optional flags. */
        RegexFunction(String label, int arguments, long limitNanos) {
            this.label = label;
            this.arguments = arguments;
            this.limitNanos = limitNanos;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != arguments && args.size() != arguments + 1)
                throw new ExprEvalException(label + ": wanted " + arguments + " or " + (arguments + 1) + " arguments, got " + args.size());
        }

        /** The pattern of a call, with its flags (or null). */
        Pattern pattern(NodeValue pattern, NodeValue flags) {
            String p = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
            String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
            if (f != null && !f.matches("[smixq]*")) throw new ExprEvalException(label + ": only 'smixq' are legal as flags: got \"" + f + "\"");
            if (last != null && p.equals(lastPattern) && java.util.Objects.equals(f, lastFlags)) return last;
            Pattern compiled = RegexEngine.makePattern(label, p, f);
            lastPattern = p;
            lastFlags = f;
            last = compiled;
            return compiled;
        }

        /** {@code text} as the regex engine should read it: watched. */
        CharSequence watched(String text, FunctionEnv env) {
            AtomicBoolean signal = env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
            return new Watched(text, new Watch(signal, System.nanoTime() + limitNanos));
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }

    /** fn:matches(text, pattern[, flags]), as ARQ's REGEX: {@link Matcher#find()}. */
    private static final class Matches extends RegexFunction {
        Matches(long limitNanos) {
            super("REGEX", 2, limitNanos);
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral(label, args.get(0)).getLiteralLexicalForm();
            Pattern p = pattern(args.get(1), args.size() == 3 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(watched(text, env)).find());
        }
    }

    /**
     * fn:replace(text, pattern, replacement[, flags]), as ARQ's REPLACE: after the first match,
     * empty matches are skipped; the result keeps the text's language tag.
     */
    private static final class Replace extends RegexFunction {
        Replace(long limitNanos) {
            super("REPLACE", 3, limitNanos);
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            Node node = NodeValueOps.checkAndGetStringLiteral(label, args.get(0));
            String text = node.getLiteralLexicalForm();
            Pattern p = pattern(args.get(1), args.size() == 4 ? args.get(3) : null);
            String replacement = NodeValueOps.checkAndGetStringLiteral(label, args.get(2)).getLiteralLexicalForm();
            Matcher m = p.matcher(watched(text, env));
            StringBuilder sb = null;
            try {
                while (m.find()) {
                    if (sb == null) sb = new StringBuilder();
                    else if (m.start() == m.end()) continue;
                    m.appendReplacement(sb, replacement);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (sb == null) return args.get(0);
            m.appendTail(sb);
            String out = sb.toString();
            if (out.equals(text)) return args.get(0);
            String lang = node.getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
        }
    }

    /** When a match must stop: the query's cancel signal (may be null), a deadline. */
    private static final class Watch {
        private final AtomicBoolean signal;
        private final long deadline;
        private int reads;

        Watch(AtomicBoolean signal, long deadline) {
            this.signal = signal;
            this.deadline = deadline;
        }

        void read() {
            if ((++reads & 0x3FF) != 0) return;
            if ((signal != null && signal.get()) || System.nanoTime() - deadline > 0) throw new QueryCancelledException();
        }
    }

    /** A string whose every read is counted by a {@link Watch}. */
    private static final class Watched implements CharSequence {
        private final String text;
        private final Watch watch;

        Watched(String text, Watch watch) {
            this.text = text;
            this.watch = watch;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            watch.read();
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(text.substring(start, end), watch);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
