package org.w3id.parley.load;

import org.w3id.parley.json.CrossRecordRules;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.load.Importer.Prepared;
import org.w3id.parley.rdf.Labels;
import org.w3id.parley.rdf.Mapper;
import org.w3id.parley.validate.Ontology;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checking pass: the files the {@link ReadPass} parsed, taken in input order, checked against
 * one another by a {@code json.CrossRecordRules} — unique identities, references that resolve to a record
 * of the right kind, in any file. What it keeps of a file is a {@link Unit}, its IDs and pending
 * references (in the checker) and its records' labels, so that a generated label can name a
 * record of another file.
 */
final class CheckPass {
    private CheckPass() {}

    /**
     * Reads and checks every file.
     *
     * @return the input, ready for validation and writing
     * @throws InvalidInputException with every problem found (up to {@code maxErrors}), sorted
     */
    static Prepared run(List<Input> inputs, int maxErrors, Progress progress) {
        CrossRecordRules checker = new CrossRecordRules(Ontology.bundled().paxSlugs());
        List<Problem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        boolean complete = true;
        long records = 0;
        List<Labels> labels = new ArrayList<>();
        try (Window<ReadPass.Parsed> parsed = ReadPass.over(inputs)) {
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                order.putIfAbsent(in.name(), order.size());
                try {
                    ReadPass.Parsed p = parsed.take(i);
                    int position = checker.add(p.file());
                    labels.add(Labels.of(p.file().document()));
                    units.add(new Unit(in, position, p.digest(), Mapper.graphOf(p.file().document()), checker.records(position)));
                    records += checker.records(position);
                } catch (UncheckedIOException e) {
                    problems.add(new Problem(in.name(), 0, 0, null, "io", e.getMessage()));
                    complete = false;
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                    complete = false;
                }
                progress.update(Progress.Phase.READING, order.size(), inputs.size(), records, 0);
                if (problems.size() + checker.problemCount() >= maxErrors) {
                    complete = complete && order.size() == inputs.size();
                    break;
                }
            }
        }
        problems.addAll(checker.finish(complete));
        if (!problems.isEmpty()) throw new InvalidInputException(sorted(problems, order, maxErrors));
        return new Prepared(units, Labels.merge(labels), checker, order, maxErrors, false);
    }

    /** Problems in input order ({@code order}: file name to position), then by line and column; at most {@code max}. */
    static List<Problem> sorted(List<Problem> problems, Map<String, Integer> order, int max) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.<Problem>comparingInt(p -> order.getOrDefault(p.file(), Integer.MAX_VALUE))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return out.size() <= max ? out : new ArrayList<>(out.subList(0, max));
    }
}
