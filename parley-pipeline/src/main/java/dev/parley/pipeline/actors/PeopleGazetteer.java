package dev.parley.pipeline.actors;

import dev.parley.pipeline.lexicon.LexiconException;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.lexicon.TsvRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Political leaders and the offices they held (lexicon/people.tsv) with their surnames and names in other
 * scripts (lexicon/people-names.tsv), matched in any language. A name resolves, at an article's year, to the
 * one person it names and the office that person held then; a surname shared by several people resolves only
 * when exactly one of them was in office. A person out of office still stands for their state, without a
 * title or sector. Immutable and thread-safe.
 */
public final class PeopleGazetteer {

    /** One office: a row of people.tsv. */
    private record Office(String code, String sector, String role, int from, int to) {

        boolean heldIn(int year) {
            return from <= year && year <= to;
        }
    }

    /** What a form names: a person, and whether the form is a surname (or other part) rather than a full name. */
    record NameForm(String person, boolean surname) {
    }

    /**
     * A resolved name.
     *
     * @param person the person's full name
     * @param code   state or organisation the person acts for
     * @param sector the office's sector, when in office
     * @param title  the office's title in English, when in office
     */
    public record Leader(String person, String code, Optional<String> sector, Optional<String> title) {
    }

    private final Map<String, List<Office>> offices = new LinkedHashMap<>();
    private final PhraseMatcher<List<NameForm>> matcher;

    public PeopleGazetteer(LexiconSource source) {
        Map<String, List<NameForm>> forms = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (TsvRow row : source.rows("people.tsv")) {
            String person = row.get("person");
            int from = year(row, "from");
            int to = row.optional("to").isPresent() ? year(row, "to") : Integer.MAX_VALUE;
            offices.computeIfAbsent(person, p -> new ArrayList<>())
                    .add(new Office(row.get("code"), row.get("sector"), row.get("role"), from, to));
            add(forms, origins, person, new NameForm(person, false), row.origin());
        }
        for (TsvRow row : source.rows("people-names.tsv")) {
            String person = row.get("person");
            if (!offices.containsKey(person)) {
                throw new LexiconException(row.origin() + ": '" + person + "' is not a person of people.tsv");
            }
            String kind = row.get("kind");
            if (!kind.equals("full") && !kind.equals("surname")) {
                throw new LexiconException(row.origin() + ": kind '" + kind + "' is neither full nor surname");
            }
            add(forms, origins, row.get("form"), new NameForm(person, kind.equals("surname")), row.origin());
        }
        PhraseMatcher.Builder<List<NameForm>> b = PhraseMatcher.gazetteer();
        forms.forEach((form, named) -> b.add(form, List.copyOf(named), origins.get(form)));
        this.matcher = b.build();
    }

    private static void add(Map<String, List<NameForm>> forms, Map<String, String> origins, String form, NameForm named,
                            String origin) {
        List<NameForm> list = forms.computeIfAbsent(form, f -> new ArrayList<>());
        if (!list.contains(named)) {
            list.add(named);
        }
        origins.putIfAbsent(form, origin);
    }

    private static int year(TsvRow row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException e) {
            throw new LexiconException(row.origin() + ": column '" + column + "' is not a year: " + row.get(column));
        }
    }

    public PhraseMatcher<List<NameForm>> matcher() {
        return matcher;
    }

    /**
     * The person a matched form names in {@code year} (empty when the article has no date): full names before
     * surnames; among several people, the one in office that year; none when that leaves more than one or none.
     */
    public Optional<Leader> resolve(List<NameForm> named, OptionalInt year) {
        List<NameForm> full = named.stream().filter(n -> !n.surname()).toList();
        List<NameForm> candidates = full.isEmpty() ? named : full;
        if (year.isPresent()) {
            List<Leader> inOffice = candidates.stream().map(n -> inOffice(n.person(), year.getAsInt()))
                    .flatMap(Optional::stream).toList();
            if (inOffice.size() == 1) {
                return Optional.of(inOffice.get(0));
            }
            if (!inOffice.isEmpty()) {
                return Optional.empty();
            }
        }
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        String person = candidates.get(0).person();
        return Optional.of(new Leader(person, formerOffice(person, year).code(), Optional.empty(), Optional.empty()));
    }

    private Optional<Leader> inOffice(String person, int year) {
        Office held = null;
        for (Office o : offices.get(person)) {
            if (o.heldIn(year)) {
                held = o; // in a year of change, the office taken last
            }
        }
        return Optional.ofNullable(held).map(o -> new Leader(person, o.code(), Optional.of(o.sector()),
                Optional.of(o.role())));
    }

    /** The office a person out of office is known by: the last one before the year, else the first. */
    private Office formerOffice(String person, OptionalInt year) {
        List<Office> held = offices.get(person);
        Office found = held.get(0);
        for (Office o : held) {
            if (year.isEmpty() || o.from() <= year.getAsInt()) {
                found = o;
            }
        }
        return found;
    }
}
