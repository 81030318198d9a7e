package dev.parley.pipeline.coding;

import dev.parley.api.Actor;
import dev.parley.api.BlockKind;
import dev.parley.api.CleanArticle;
import dev.parley.api.DialogueSeries;
import dev.parley.api.Event;
import dev.parley.api.EventCoder;
import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.MentionKind;
import dev.parley.api.Participant;
import dev.parley.api.PartialDate;
import dev.parley.pipeline.actors.LanguageLexicon;
import dev.parley.pipeline.actors.LocatedMention;
import dev.parley.pipeline.actors.Locative;
import dev.parley.pipeline.actors.MentionFinder;
import dev.parley.pipeline.actors.SentenceAnalysis;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.place.PlaceEntry;
import dev.parley.pipeline.place.PlaceGazetteer;
import dev.parley.pipeline.text.Punctuation;
import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.time.DateExpression;
import dev.parley.pipeline.time.DateFinder;
import dev.parley.pipeline.time.DateResolver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Codes events from lexicons, clause by clause: a trigger from predicates.tsv, the actors around it (subject
 * before, object after; a passive or an agent marker turns them round; speakers of "X said" are left out),
 * its status from future and negation markers, its date from the clause (else the publication date), its
 * place from the clause. "The two sides" and missing sides are filled with the article's main parties, and
 * restatements are merged. Immutable and thread-safe.
 */
public final class LexiconEventCoder implements EventCoder {

    /** The version of the coding rules, stored on every event. */
    public static final String VERSION = "coder.v1";

    /** A digest a thread, made once: looking one up by name costs more than hashing a short key. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private static final int FUTURE_WINDOW = 8;
    private static final int FUTURE_WINDOW_VERB_FINAL = 14;
    private static final int NEGATION_WINDOW = 4;
    private static final int FUTURE_AFTER_WINDOW = 6;
    private static final int VERB_ENDING_WINDOW = 8;
    private static final int OBJECT_WINDOW = 12;
    private static final int FOUNDING_WINDOW = 8;
    private static final int PLANNED_MEETING_WINDOW = 14;
    private static final int INVITATION_WINDOW = 8;
    private static final int CLAUSE_COST = 20;
    private static final int RECENT_DAYS = 14;
    private static final int DATELINE_DAYS = 3;
    private static final int MAX_TOPICS = 6;
    private static final int MAX_DRAFTS = 2_000;
    private static final int PERSON_SUBJECT_START = 4;
    private static final int FOUNDING_YEAR_WINDOW = 6;
    private static final Set<String> VERB_FINAL = Set.of("de", "nl", "ja");
    /** Languages written without spaces, whose tokens are single characters: word windows span twice as many. */
    private static final Set<String> CHARACTER_TOKENS = Set.of("zh", "ja");

    private final MentionFinder mentions;
    private final Function<String, LanguageLexicon> lexicons;
    private final Function<String, CodingLexicon> coding;
    private final PlaceGazetteer places;
    private final CameoTable cameo;

    public LexiconEventCoder(MentionFinder mentions, Function<String, LanguageLexicon> lexicons,
                             Function<String, CodingLexicon> coding, PlaceGazetteer places, CameoTable cameo) {
        this.mentions = mentions;
        this.lexicons = lexicons;
        this.coding = coding;
        this.places = places;
        this.cameo = cameo;
    }

    @Override
    public List<Event> apply(CleanArticle article) {
        LanguageLexicon lex = lexicons.apply(article.language());
        CodingLexicon code = coding.apply(article.language());
        Optional<LocalDate> reference = article.referenceDate();
        List<SentenceAnalysis> analyses = mentions.analyse(article);
        List<Draft> body = new ArrayList<>();
        List<Draft> headlines = new ArrayList<>();
        for (SentenceAnalysis sa : analyses) {
            if (!sa.sentence().kind().isCoded()) {
                continue;
            }
            List<Draft> drafts = sa.sentence().kind() == BlockKind.HEADLINE ? headlines : body;
            List<PhraseMatcher.Match<Predicate>> triggers = code.predicates().findLongest(sa.tokens());
            if (triggers.isEmpty()) {
                continue;
            }
            Clause clause = new Clause(sa, DateFinder.find(sa.tokens(), lex.dates()), location(sa, lex));
            Map<PhraseMatcher.Match<Predicate>, Draft> coded = new LinkedHashMap<>();
            for (PhraseMatcher.Match<Predicate> trigger : triggers) {
                if (body.size() + headlines.size() + coded.size() >= MAX_DRAFTS) {
                    break; // no real article reports this many interactions: bound the work on hostile input
                }
                code(clause, trigger, lex, code, reference).ifPresent(d -> coded.put(trigger, d));
            }
            coded.forEach((trigger, d) -> {
                if (!agreesToPlannedMeeting(trigger, d, coded) && !isAskedFor(sa, trigger, d, coded)) {
                    drafts.add(d);
                }
            });
        }
        List<Draft> all = new ArrayList<>(body);
        all.addAll(headlines);
        List<Actor> parties = mainParties(headlines, body, analyses);
        List<Draft> complete = new ArrayList<>();
        for (Draft d : all) {
            completeSides(d, parties).ifPresent(complete::add);
        }
        List<Draft> merged = participants(datelinePlace(article, lex,
                inheritDates(inheritPlaces(EventMerger.merge(complete, reference)), reference), reference), analyses);
        Map<Integer, SentenceAnalysis> byStart = new HashMap<>();
        analyses.forEach(sa -> byStart.put(sa.sentence().span().start(), sa));
        OptionalInt founded = founded(analyses, code);
        List<Event> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Draft d : merged) {
            List<SentenceAnalysis> evidence = d.evidence().stream().map(e -> byStart.get(e.span().start()))
                    .filter(java.util.Objects::nonNull).toList();
            events.add(toEvent(article, d, reference, topics(evidence, code), series(evidence, code, founded), ids));
        }
        return events;
    }

    /**
     * "Both sides agreed to hold talks": the agreement is the planned meeting right after it, which is
     * coded on its own; the agreement is not a second event.
     */
    private static boolean agreesToPlannedMeeting(PhraseMatcher.Match<Predicate> trigger, Draft d,
                                                  Map<PhraseMatcher.Match<Predicate>, Draft> coded) {
        if (d.type() != EventType.AGREE || !d.mode().equals("agree")) {
            return false;
        }
        return coded.entrySet().stream().anyMatch(e -> e.getValue().type() == EventType.CONSULT
                && e.getValue().status() == EventStatus.PLANNED && e.getKey().from() >= trigger.to()
                && e.getKey().from() - trigger.to() <= PLANNED_MEETING_WINDOW);
    }

    /**
     * What an invitation or a request asks for is no event of its own: a meeting or visit just after it
     * ("invited Domingo to visit Tokyo", "asked for a meeting"), and any act in the infinitive ("urged Putin to
     * attack Kyiv", "invited Italy to sign the accord").
     */
    private static boolean isAskedFor(SentenceAnalysis sa, PhraseMatcher.Match<Predicate> trigger, Draft d,
                                      Map<PhraseMatcher.Match<Predicate>, Draft> coded) {
        boolean infinitive = !sa.markers("infinitive", Math.max(0, trigger.from() - 1), trigger.from()).isEmpty();
        if (d.type() != EventType.CONSULT && !infinitive) {
            return false;
        }
        return coded.entrySet().stream().anyMatch(e -> (e.getValue().mode().equals("invite")
                || e.getValue().type() == EventType.REQUEST) && e.getKey().to() <= trigger.from()
                && trigger.from() - e.getKey().to() <= INVITATION_WINDOW);
    }

    /** A sentence with what all its triggers share: its date expressions and the place it names. */
    private record Clause(SentenceAnalysis sa, List<DateExpression> dates, Optional<Location> place) {
    }

    private Optional<Draft> code(Clause clause, PhraseMatcher.Match<Predicate> trigger, LanguageLexicon lex,
                                 CodingLexicon code, Optional<LocalDate> reference) {
        SentenceAnalysis sa = clause.sa();
        Predicate p = trigger.value();
        if (overlapsMention(sa, trigger) || overlapsMarker(sa, "agent", trigger) || describesNoun(sa, trigger)
                || !sa.markers("founding", trigger.to(), Math.min(sa.tokens().size(), trigger.to() + FOUNDING_WINDOW)).isEmpty()) {
            return Optional.empty();
        }
        EventType type = p.type();
        String mode = p.mode();
        String cameoCode = p.cameo();
        boolean symmetric = p.symmetric();
        String rule = p.origin() + " '" + trigger.form() + "'";
        int scale = CHARACTER_TOKENS.contains(lex.language()) ? 2 : 1;
        boolean negated = !sa.markers("negation", Math.max(0, trigger.from() - NEGATION_WINDOW * scale), trigger.from()).isEmpty()
                || verbEnding(sa, "negation-after", trigger);
        if (negated) {
            if (type != EventType.CONSULT) {
                return Optional.empty();
            }
            type = EventType.REJECT;
            mode = "cancel";
            cameoCode = "125";
            symmetric = false;
            rule += " negated";
        }
        EventStatus status = p.status().orElse(EventStatus.OCCURRED);
        int window = (VERB_FINAL.contains(lex.language()) ? FUTURE_WINDOW_VERB_FINAL : FUTURE_WINDOW) * scale;
        if (p.status().isEmpty() && !negated
                && (!sa.markers("future", Math.max(0, trigger.from() - window), trigger.from()).isEmpty()
                || verbEnding(sa, "future-after", trigger)
                || (type == EventType.CONSULT || type == EventType.COOPERATE) && futureAfter(sa, trigger))) {
            status = EventStatus.PLANNED;
        }
        List<LocatedMention> actors = actorMentions(sa, trigger.from());
        if ((p.transitive() || p.asks()) && !namesObject(sa, trigger, p.asks())) {
            return Optional.empty();
        }
        boolean parties = actors.stream().anyMatch(m -> m.mention().kind() == MentionKind.PARTIES);
        List<Actor> source = new ArrayList<>();
        List<Actor> target = new ArrayList<>();
        if (symmetric && partiesAreSubject(actors, trigger)) {
            parties = true;
        } else if (Postpositions.read(sa, actors, trigger, verbEnding(sa, "passive-after", trigger), source, target)) {
            symmetric &= !verbEnding(sa, "passive-after", trigger);
        } else if (symmetric) {
            for (LocatedMention m : partiesOfSymmetric(sa, trigger, actors, CHARACTER_TOKENS.contains(lex.language()))) {
                m.mention().actor().ifPresent(a -> (source.isEmpty() ? source : target).add(a));
            }
        } else {
            sides(sa, trigger, actors, source, target, VERB_FINAL.contains(lex.language()));
        }
        if (p.inverse()) { // "received weapons from Y": Y gave them
            List<Actor> receiver = new ArrayList<>(source);
            source.clear();
            source.addAll(target);
            target.clear();
            target.addAll(receiver);
        }
        DomesticSides.dedupe(source, target);
        boolean alone = mode.equals("exercise") && !parties && target.isEmpty() && source.size() == 1
                && isState(source.get(0).code()) && actors.stream().map(m -> m.mention().actor())
                .flatMap(Optional::stream).allMatch(a -> a.code().equals(source.get(0).code()));
        if (alone) { // one state, no partner named: a display of force, aimed at the host when held abroad
            type = EventType.MOBILIZE;
            mode = "posture";
            cameoCode = "150";
            symmetric = false;
            rule += " alone";
        }
        if ((mode.equals("visit") || (hostTargeted(type, mode) || alone) && !source.isEmpty()) && target.isEmpty()
                && clause.place().flatMap(Location::country).isPresent()) {
            String host = clause.place().flatMap(Location::country).get();
            if (source.stream().noneMatch(a -> a.code().equals(host))) {
                target.add(new Actor(host, Optional.empty(), lex.gazetteer().nameOf(host),
                        clause.place().flatMap(Location::place).orElse(host)));
            }
        }
        if (status == EventStatus.PLANNED && type == EventType.CONSULT) {
            cameoCode = "036";
        } else {
            Optional<CodingLexicon.Refinement> refined = code.refine(type, sa.tokens(), trigger.to());
            if (refined.isPresent()) {
                type = refined.get().newType().orElse(type);
                cameoCode = refined.get().cameo();
                mode = refined.get().mode().orElse(mode);
                status = refined.get().status().orElse(status);
            }
        }
        boolean virtual = !sa.markers("virtual", 0, sa.tokens().size()).isEmpty() && type == EventType.CONSULT;
        Optional<DateResolver.Resolved> date = date(clause, trigger, reference,
                status == EventStatus.PLANNED, status == EventStatus.PROPOSED);
        if (status == EventStatus.OCCURRED && reference.isPresent()
                && date.map(r -> r.date().start().isAfter(reference.get())).orElse(false)) {
            status = EventStatus.PLANNED; // what is dated after publication cannot have happened yet
            if (type == EventType.CONSULT) {
                cameoCode = "036";
            }
        }
        Optional<Location> location = mode.equals("phone") || virtual ? Optional.empty() : clause.place();
        if (location.isEmpty() && mode.equals("visit") && target.size() == 1 && isState(target.get(0).code())) {
            location = Optional.of(new Location(Optional.empty(), Optional.of(target.get(0).code()))); // the host
        }
        return Optional.of(new Draft(sa.sentence().index(), type, mode, cameoCode, status, source, target, symmetric,
                parties, date.map(DateResolver.Resolved::date), date.flatMap(DateResolver.Resolved::end),
                date.isPresent(), location, virtual, List.of(),
                List.of(new EvidenceSpan(sa.sentence().span(), sa.sentence().text())), rule));
    }

    /**
     * The trigger's object is named right after it, or after one word such as an article: "helped Vietnam", "helped
     * the two exiled dissidents", not "helped ease tensions"; where the trigger asks the object to act, an infinitive
     * follows the object: "wants Putin to attack", "would like the EU to lift", not "wants peace".
     */
    private static boolean namesObject(SentenceAnalysis sa, PhraseMatcher.Match<Predicate> trigger, boolean toAct) {
        return sa.mentions().stream().filter(m -> !m.place() && m.from() >= trigger.to()).findFirst()
                .filter(m -> m.from() - trigger.to() <= 1
                        && (!toAct || !sa.markers("infinitive", m.to(), m.to() + 1).isEmpty()))
                .isPresent();
    }

    /**
     * Events whose target, when the clause names none but names who acted, is the country where they took place:
     * protests, attacks, investigations ("inspectors examined the site in Aleppo": Syria).
     */
    private static boolean hostTargeted(EventType type, String mode) {
        return type == EventType.PROTEST || type == EventType.ASSAULT || mode.equals("investigate");
    }

    /** "The meeting will take place", "Ein Treffen soll im Oktober stattfinden": the future follows the noun. */
    private static boolean futureAfter(SentenceAnalysis sa, PhraseMatcher.Match<Predicate> trigger) {
        List<Token> t = sa.tokens();
        int end = Math.min(t.size(), trigger.to() + FUTURE_AFTER_WINDOW);
        for (int i = trigger.to(); i < end; i++) {
            if (isClauseBreak(t.get(i).text()) || !sa.markers("conjunction", i, i + 1).isEmpty()) {
                return false;
            }
            if (!sa.markers("future", i, i + 1).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ending of the trigger's verb in its own clause carries a marker of {@code kind}: a verb-final
     * language puts the plan and the negation after the verb (署名する予定だ, 合意に至らなかった).
     */
    private static boolean verbEnding(SentenceAnalysis sa, String kind, PhraseMatcher.Match<Predicate> trigger) {
        List<Token> t = sa.tokens();
        int end = Math.min(t.size(), trigger.to() + VERB_ENDING_WINDOW);
        for (int i = trigger.to(); i < end && !isClauseBreak(t.get(i).text()); i++) {
            if (!sa.markers(kind, i, i + 1).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the two exiled dissidents", "an expelled Russian diplomat": an English past participle between a determiner
     * and a noun (or a state's adjective) describes the noun and reports no act. After words that name the parties
     * ("the two", "their") a symmetric trigger is their verb: "the two discussed trade".
     */
    private static boolean describesNoun(SentenceAnalysis sa, PhraseMatcher.Match<Predicate> trigger) {
        List<Token> t = sa.tokens();
        int at = trigger.from();
        int next = trigger.to();
        if (next - at != 1 || next >= t.size() || !t.get(at).lower().endsWith("ed")
                || !markerEndsAt(sa, "determiner", at) || trigger.value().symmetric() && markerEndsAt(sa, "parties", at)) {
            return false;
        }
        Token noun = t.get(next);
        boolean adjective = sa.mentions().stream()
                .anyMatch(m -> m.from() == next && m.mention().kind() == MentionKind.ADJECTIVE);
        return noun.isWord() && (adjective || !noun.isCapitalized())
                && sa.markers().stream().noneMatch(m -> m.from() == next);
    }

    private static boolean markerEndsAt(SentenceAnalysis sa, String kind, int at) {
        return sa.markers(kind, 0, at).stream().anyMatch(m -> m.to() == at);
    }

    /** A marker covers the trigger's first word: "at the request of" holds the trigger "request". */
    private static boolean overlapsMarker(SentenceAnalysis sa, String kind, PhraseMatcher.Match<Predicate> t) {
        return sa.markers(kind, 0, t.from() + 1).stream().anyMatch(m -> m.to() > t.from());
    }

    /**
     * The trigger's first or last word is part of a name ("Visit Myanmar Year"); words in a gap may be. A group
     * named by its role ("protesters") blocks only a trigger it wholly holds: "arming rebels" stays a trigger.
     */
    private static boolean overlapsMention(SentenceAnalysis sa, PhraseMatcher.Match<Predicate> t) {
        return sa.mentions().stream().anyMatch(m -> m.mention().kind() != MentionKind.PARTIES
                && (isRole(m) ? m.from() <= t.from() && t.to() <= m.to()
                : m.from() <= t.from() && t.from() < m.to() || m.from() < t.to() && t.to() - 1 < m.to()));
    }

    private static boolean isRole(LocatedMention m) {
        return m.mention().kind() == MentionKind.OFFICIAL && m.mention().person().isEmpty();
    }

    /**
     * Mentions that can be parties to an event: not places, not the speaker of "X said". A speech word that
     * opens the trigger itself ("sagte ... zu": promised) makes no speaker.
     */
    private static List<LocatedMention> actorMentions(SentenceAnalysis sa, int trigger) {
        List<LocatedMention> out = new ArrayList<>();
        for (LocatedMention m : DomesticSides.withoutDesignators(sa.mentions())) {
            if (m.place() || isSpeaker(sa, m, trigger)) {
                continue;
            }
            if (m.mention().actor().isPresent() || m.mention().kind() == MentionKind.PARTIES) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isSpeaker(SentenceAnalysis sa, LocatedMention m, int trigger) {
        for (PhraseMatcher.Match<String> s : sa.markers("speech", 0, sa.tokens().size())) {
            if (s.from() == trigger) {
                continue;
            }
            boolean after = s.from() >= m.to() && s.from() - m.to() <= 1
                    && (s.from() == m.to() || !isClauseBreak(sa.tokens().get(m.to()).text()))
                    && !ofThemselves(sa, s);
            boolean according = s.to() <= m.from() && m.from() - s.to() <= 1 && s.to() - s.from() > 1;
            boolean byline = s.to() == m.from() && s.from() > 0 && sa.tokens().get(s.from() - 1).text().equals(",");
            if (after || according || byline) {
                return true;
            }
        }
        return false;
    }

    /** "Obama said he would not ...", "said that she": a pronoun right after a speech verb, or a word later, is the speaker. */
    private static boolean ofThemselves(SentenceAnalysis sa, PhraseMatcher.Match<String> speech) {
        return !sa.markers("pronoun", speech.to(), Math.min(sa.tokens().size(), speech.to() + 2)).isEmpty();
    }

    /** "The two officials ... agreed": the sentence's first mention, before the trigger, names the parties. */
    private static boolean partiesAreSubject(List<LocatedMention> actors, PhraseMatcher.Match<Predicate> trigger) {
        return !actors.isEmpty() && actors.get(0).mention().kind() == MentionKind.PARTIES
                && actors.get(0).from() < trigger.from() && actors.get(0).from() <= 2;
    }

    /**
     * Who takes part in a symmetric event: the subject before the trigger (the nearest actor and those
     * coordinated with it); after it, the object right after
     * the trigger ("met his Thai counterpart") up to a topic marker or clause break, and the actors a partner
     * marker introduces ("met with Y", "talks between X and Y"); where the partner's preposition is fronted
     * before the verb as a rule (Chinese), the subject is looked for before it. Actors after a topic marker ("discussed
     * Ukraine", "über Syrien") are what was discussed, not who discussed it.
     */
    private static List<LocatedMention> partiesOfSymmetric(SentenceAnalysis sa, PhraseMatcher.Match<Predicate> trigger,
                                                           List<LocatedMention> actors, boolean frontedPartner) {
        List<Token> t = sa.tokens();
        boolean[] party = new boolean[t.size() + 1];
        markObjectSpan(sa, trigger.to(), party);
        // "kam am Montag mit Y zusammen": the partner may stand inside the trigger's gap
        for (PhraseMatcher.Match<String> m : sa.markers("partner", trigger.from(), Math.min(t.size(), trigger.to() + 3))) {
            markObjectSpan(sa, m.to(), party);
        }
        int subjectEnd = trigger.from();
        for (PhraseMatcher.Match<String> m : sa.markers("partner", Math.max(0, trigger.from() - OBJECT_WINDOW),
                trigger.from())) {
            if (sameClause(t, m.to(), trigger.from())) { // "同布林肯会谈", "mit Macron telefoniert": partner before the verb
                for (int i = m.to(); i < trigger.from(); i++) {
                    party[i] = true;
                }
                if (frontedPartner) { // 中国同俄罗斯会谈: the subject stands before the partner's preposition
                    subjectEnd = Math.min(subjectEnd, m.from());
                }
            }
        }
        List<Actor> subjectActors = subject(sa, actors, subjectEnd);
        Set<String> subject = new java.util.HashSet<>();
        (subjectActors.isEmpty() ? subject(sa, actors, trigger.from()) : subjectActors).forEach(a -> subject.add(a.code()));
        List<LocatedMention> out = new ArrayList<>();
        for (LocatedMention m : actors) {
            boolean before = m.from() < trigger.from() && m.mention().actor().map(a -> subject.contains(a.code())).orElse(false);
            if (before || party[m.from()]) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean sameClause(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isClauseBreak(t.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** Marks the tokens from {@code from} up to the next clause break or topic marker, at most a few tokens. */
    private static void markObjectSpan(SentenceAnalysis sa, int from, boolean[] party) {
        List<Token> t = sa.tokens();
        java.util.Set<Integer> topics = new java.util.HashSet<>();
        for (PhraseMatcher.Match<String> m : sa.markers("topic", from, t.size())) {
            topics.add(m.from());
        }
        for (int i = from; i < t.size() && i < from + OBJECT_WINDOW; i++) {
            if (isClauseBreak(t.get(i).text()) || topics.contains(i)) {
                return;
            }
            party[i] = true;
        }
    }

    private static boolean isClauseBreak(String token) {
        return Punctuation.isClauseBreak(token);
    }

    /**
     * Subject before the trigger acts on the object after it, and on those coordinated with it ("asked Egypt
     * and Burundi"); a passive or an agent marker turns them round. In a verb-final sentence with nothing after
     * the trigger ("China hat den deutsch-chinesischen Dialog verschoben"), the first actor acts on the last
     * other one before the trigger.
     */
    private static void sides(SentenceAnalysis sa, PhraseMatcher.Match<Predicate> trigger, List<LocatedMention> actors,
                              List<Actor> source, List<Actor> target, boolean verbFinal) {
        List<Token> t = sa.tokens();
        boolean passive = !sa.markers("passive", Math.max(0, trigger.from() - 2), trigger.from()).isEmpty();
        Optional<Actor> agent = Optional.empty();
        for (PhraseMatcher.Match<String> a : sa.markers("agent", trigger.to(), t.size())) {
            agent = actors.stream().filter(m -> m.from() >= a.to() && m.from() - a.to() <= 1)
                    .findFirst().flatMap(m -> m.mention().actor());
            if (agent.isPresent()) {
                break;
            }
        }
        List<Actor> subject = subject(sa, actors, trigger.from());
        List<Actor> object = objects(sa, actors, trigger.to());
        if (!passive && object.isEmpty() && fronted(sa, actors, trigger, source, target)) {
            return;
        }
        if (object.isEmpty()) {
            object = inGap(actors, trigger).flatMap(m -> m.mention().actor()).stream().toList();
        }
        if (verbFinal && !passive && agent.isEmpty() && object.isEmpty()) {
            verbFinal(sa, actors, trigger.from(), source, target);
            return;
        }
        if (passive) {
            agent.ifPresent(source::add);
            target.addAll(subject);
        } else if (subject.isEmpty() && agent.isEmpty()) {
            nominal(sa, trigger, actors, source, target);
        } else {
            source.addAll(agent.isPresent() && subject.isEmpty() ? List.of(agent.get()) : subject);
            target.addAll(object);
        }
    }

    /**
     * "美国对俄罗斯实施制裁", "柬埔寨被联合国请求": a preposition puts the object (or the agent of a passive)
     * before the trigger in its clause; the subject stands before the preposition. Fills the sides and
     * returns true when both are found.
     */
    private static boolean fronted(SentenceAnalysis sa, List<LocatedMention> actors, PhraseMatcher.Match<Predicate> trigger,
                                   List<Actor> source, List<Actor> target) {
        for (String kind : List.of("object-preposition", "agent-preposition")) {
            for (PhraseMatcher.Match<String> m : sa.markers(kind, Math.max(0, trigger.from() - OBJECT_WINDOW), trigger.from())) {
                Optional<Actor> fronted = actors.stream().filter(a -> a.from() >= m.to() && a.to() <= trigger.from())
                        .findFirst().flatMap(a -> a.mention().actor());
                List<Actor> subject = subject(sa, actors, m.from());
                if (fronted.isPresent() && !subject.isEmpty() && sameClause(sa.tokens(), m.to(), trigger.from())) {
                    boolean agent = kind.equals("agent-preposition");
                    (agent ? source : target).add(fronted.get());
                    (agent ? target : source).addAll(subject);
                    return true;
                }
            }
        }
        return false;
    }

    /** The first actor after the trigger and the actors coordinated with it. */
    private static List<Actor> objects(SentenceAnalysis sa, List<LocatedMention> actors, int trigger) {
        List<LocatedMention> after = actors.stream()
                .filter(m -> m.from() >= trigger && m.mention().actor().isPresent()).toList();
        List<Actor> out = new ArrayList<>();
        for (int k = 0; k < after.size() && (k == 0 || listed(sa, after.get(k - 1).to(), after.get(k).from())); k++) {
            out.add(after.get(k).mention().actor().get());
        }
        return out;
    }

    /** Only commas, conjunctions and articles between two objects: "Egypt and Burundi", "Mali, Niger and Chad". */
    private static boolean listed(SentenceAnalysis sa, int from, int to) {
        for (int i = from; i < to; i++) {
            Token tok = sa.tokens().get(i);
            boolean article = tok.isWord() && !tok.isCapitalized() && tok.text().length() <= 3
                    && Character.UnicodeScript.of(tok.text().codePointAt(0)) == Character.UnicodeScript.LATIN;
            if (!(article || Punctuation.isComma(tok.text()) || !sa.markers("conjunction", i, i + 1).isEmpty())) {
                return false;
            }
        }
        return from < to;
    }

    /**
     * "China hat den Dialog mit Deutschland verschoben", "日本は韓国に抗議した": the official opening the
     * sentence or else its first actor acts on the last other actor before the trigger that is not a
     * place ("im Südsudan").
     */
    private static void verbFinal(SentenceAnalysis sa, List<LocatedMention> actors, int trigger,
                                  List<Actor> source, List<Actor> target) {
        List<LocatedMention> opening = actors.stream().filter(m -> m.from() < trigger && m.mention().actor().isPresent())
                .limit(1).filter(LexiconEventCoder::personOpens).toList();
        List<LocatedMention> before = actors.stream().filter(m -> m.from() < trigger
                && m.mention().actor().isPresent() && !Locative.marks(sa.tokens(), sa.markers(), m.from(), m.to())).toList();
        LocatedMention lead = opening.isEmpty() ? before.stream().findFirst().orElse(null) : opening.get(0);
        if (lead == null) {
            return;
        }
        Actor first = lead.mention().actor().get();
        source.add(first);
        for (int k = before.size() - 1; k >= 0; k--) {
            Actor a = before.get(k).mention().actor().get();
            if (!a.code().equals(first.code())) {
                target.add(a);
                return;
            }
        }
    }

    /** "engaged the border guards of Y in a gunbattle": with no actor after the trigger, one in its gap is its object. */
    private static Optional<LocatedMention> inGap(List<LocatedMention> actors, PhraseMatcher.Match<Predicate> trigger) {
        return actors.stream().filter(m -> m.from() > trigger.from() && m.to() < trigger.to()
                && m.mention().actor().isPresent()).findFirst();
    }

    /**
     * A trigger with no subject before it, as a noun: "the visit of X to Y", "визит премьер-министра Японии
     * в Россию": the actor after a destination marker is the target, the first other actor after the
     * trigger the source.
     */
    private static void nominal(SentenceAnalysis sa, PhraseMatcher.Match<Predicate> trigger, List<LocatedMention> actors,
                                List<Actor> source, List<Actor> target) {
        Set<Integer> destinationEnds = new java.util.HashSet<>();
        for (PhraseMatcher.Match<String> m : sa.markers("destination", trigger.to(), sa.tokens().size())) {
            destinationEnds.add(m.to());
        }
        Optional<Actor> destination = Optional.empty();
        Optional<Actor> doer = Optional.empty();
        for (LocatedMention m : actors) {
            if (m.from() < trigger.to() || m.mention().actor().isEmpty()) {
                continue;
            }
            boolean afterDestination = destinationEnds.contains(m.from()) || destinationEnds.contains(m.from() - 1);
            if (afterDestination && destination.isEmpty()) {
                destination = m.mention().actor();
            } else if (!afterDestination && doer.isEmpty()) {
                doer = m.mention().actor();
            }
        }
        if (doer.isPresent() && destination.isPresent()) {
            source.add(doer.get());
            target.add(destination.get());
        } else if (doer.isPresent()) {
            target.add(doer.get());
        } else {
            destination.ifPresent(target::add);
        }
    }

    /**
     * The subject of a trigger: the actor nearest before it, with the actors coordinated with that one
     * ("South Korea and Japan urged", "Kenia, Uganda und Ruanda baten").
     */
    private static List<Actor> subject(SentenceAnalysis sa, List<LocatedMention> actors, int trigger) {
        List<LocatedMention> before = actors.stream()
                .filter(m -> m.from() < trigger && m.mention().actor().isPresent()).toList();
        if (before.isEmpty()) {
            return List.of();
        }
        if (elidedSubject(sa, trigger)) {
            before = before.subList(0, 1); // "Mali suspends talks with Algeria, calls off a visit": Mali calls off
        } else if (personOpens(before.get(0))) {
            // "In response, Balfoort stressed the backing for Seoul and vowed ...": the person vows;
            // "Obama and Putin met": with those coordinated with the person
            int run = 1;
            while (run < before.size() && coordinated(sa, before.get(run - 1).to(), before.get(run).from())) {
                run++;
            }
            before = before.subList(0, run);
        }
        java.util.LinkedList<Actor> out = new java.util.LinkedList<>();
        int k = before.size() - 1;
        out.addFirst(before.get(k).mention().actor().get());
        while (k > 0 && coordinated(sa, before.get(k - 1).to(), before.get(k).from())) {
            k--;
            out.addFirst(before.get(k).mention().actor().get());
        }
        return out;
    }

    /** A named official near the start of the sentence is its subject: the people named later are objects. */
    private static boolean personOpens(LocatedMention first) {
        return first.mention().kind() == MentionKind.OFFICIAL && first.mention().person().isPresent()
                && first.from() <= PERSON_SUBJECT_START;
    }

    /** The trigger opens a clause that shares the sentence's subject: ", calls off", ", and called". */
    private static boolean elidedSubject(SentenceAnalysis sa, int trigger) {
        List<Token> t = sa.tokens();
        for (int i = trigger - 1; i >= Math.max(0, trigger - 2); i--) {
            if (Punctuation.isClauseBreak(t.get(i).text())) {
                return true;
            }
            if (!sa.markers("conjunction", i, i + 1).isEmpty()) {
                continue;
            }
            return false;
        }
        return false;
    }

    /** True when the tokens between two mentions only join them: "and", commas, articles. */
    private static boolean coordinated(SentenceAnalysis sa, int from, int to) {
        List<Token> t = sa.tokens();
        java.util.Set<Integer> conjunctions = new java.util.HashSet<>();
        for (PhraseMatcher.Match<String> m : sa.markers("conjunction", from, to)) {
            for (int i = m.from(); i < m.to(); i++) {
                conjunctions.add(i);
            }
        }
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            boolean joiner = conjunctions.contains(i) || Punctuation.isComma(tok.text()) || tok.text().equals("'")
                    || tok.text().equals("’") || tok.text().equals("-")
                    || tok.isWord() && tok.text().length() <= 3 && !tok.isCapitalized() && !tok.isNumber() && !tok.isCjk();
            if (!joiner) {
                return false;
            }
        }
        return true;
    }

    /**
     * The date of the clause that states the event: the nearest date expression, counting each clause break
     * between it and the trigger as a long way; for a past event, not a date introduced by "for"
     * ("the dialogue planned for October was postponed"), which dates something still to come.
     */
    private static Optional<DateResolver.Resolved> date(Clause clause, PhraseMatcher.Match<Predicate> trigger,
                                                        Optional<LocalDate> reference, boolean future,
                                                        boolean proposal) {
        SentenceAnalysis sa = clause.sa();
        List<Token> t = sa.tokens();
        DateExpression best = null;
        int bestCost = Integer.MAX_VALUE;
        for (DateExpression e : clause.dates()) {
            int at = tokenAt(t, e.span().start());
            if (proposal && at >= trigger.to()) {
                continue; // "invited him to visit next year": the date of the visit, not of the invitation
            }
            if (!future && at > 0 && !sa.markers("scheduled", Math.max(0, at - 2), at).isEmpty()) {
                continue;
            }
            int from = Math.min(at, trigger.from());
            int to = Math.max(at, trigger.to());
            int cost = to - from;
            for (int i = from; i < to; i++) {
                if (isClauseBreak(t.get(i).text()) || !sa.markers("relative", i, i + 1).isEmpty()) {
                    cost += CLAUSE_COST;
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = e;
            }
        }
        return Optional.ofNullable(best).flatMap(e -> DateResolver.resolve(e, reference, future));
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** "in Hanoi", "at the Pentagon", "in Turkmenistan's capital". */
    private Optional<Location> location(SentenceAnalysis sa, LanguageLexicon lex) {
        List<Token> t = sa.tokens();
        for (PhraseMatcher.Match<PlaceEntry> m : places.matcher(lex.language()).findLongest(t)) {
            if (Locative.marks(t, sa.markers(), m.from(), m.to())) {
                return Optional.of(new Location(Optional.of(m.value().place()), Optional.of(m.value().country())));
            }
        }
        for (LocatedMention m : sa.mentions()) {
            if (m.mention().kind() == MentionKind.NAME && m.mention().actor().isPresent()
                    && isState(m.mention().actor().get().code()) && Locative.marks(t, sa.markers(), m.from(), m.to())) {
                return Optional.of(new Location(Optional.empty(), Optional.of(m.mention().actor().get().code())));
            }
        }
        for (LocatedMention m : sa.mentions()) {
            int i = m.to();
            if (m.mention().actor().isPresent() && i + 2 < t.size() && (t.get(i).text().equals("'") || t.get(i).text().equals("’"))
                    && t.get(i + 1).lower().equals("s") && t.get(i + 2).lower().equals("capital")) {
                Optional<PlaceEntry> cap = places.capitalOf(m.mention().actor().get().code());
                if (cap.isPresent()) {
                    return Optional.of(new Location(Optional.of(cap.get().place()), Optional.of(cap.get().country())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who took part: the named officials of the event's sides mentioned in its evidence sentences; an
     * official there whose side the text does not tell belongs to the one side not yet represented; and for
     * an event of the day, the named officials of its sides anywhere in the article.
     */
    private static List<Draft> participants(List<Draft> drafts, List<SentenceAnalysis> analyses) {
        Map<Integer, SentenceAnalysis> byStart = new HashMap<>();
        List<dev.parley.api.Mention> everywhere = new ArrayList<>();
        for (SentenceAnalysis sa : analyses) {
            byStart.put(sa.sentence().span().start(), sa);
            if (sa.sentence().kind() != dev.parley.api.BlockKind.LINK) {
                sa.mentions().stream().map(LocatedMention::mention).filter(m -> m.kind() == MentionKind.OFFICIAL)
                        .forEach(everywhere::add);
            }
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            List<String> codes = d.codes();
            Map<String, Participant> found = new LinkedHashMap<>();
            List<String> unresolved = new ArrayList<>();
            for (EvidenceSpan ev : d.evidence()) {
                SentenceAnalysis sa = byStart.get(ev.span().start());
                for (LocatedMention m : sa == null ? List.<LocatedMention>of() : sa.mentions()) {
                    var mention = m.mention();
                    if (mention.kind() != MentionKind.OFFICIAL || mention.person().isEmpty()) {
                        continue;
                    }
                    if (mention.actor().isEmpty()) {
                        unresolved.add(mention.person().get());
                    } else if (codes.contains(mention.actor().get().code())) {
                        add(found, mention, mention.actor().get().code());
                    }
                }
            }
            Set<String> represented = new java.util.HashSet<>();
            found.values().forEach(p -> represented.add(p.actor()));
            List<String> missing = codes.stream().filter(c -> !represented.contains(c)).toList();
            if (missing.size() == 1) {
                for (String name : unresolved) {
                    found.putIfAbsent(name, new Participant(name, titleOf(everywhere, name), missing.get(0)));
                }
            }
            if (d.status() != EventStatus.PLANNED) {
                for (var mention : everywhere) {
                    if (mention.person().isPresent() && mention.actor().isPresent()
                            && codes.contains(mention.actor().get().code())) {
                        add(found, mention, mention.actor().get().code());
                    }
                }
                soleUnresolved(everywhere, found, codes);
            }
            out.add(d.withParticipants(List.copyOf(found.values())));
        }
        return out;
    }

    private static final Set<String> STATES = java.util.Arrays.stream(java.util.Locale.getISOCountries())
            .map(c -> new java.util.Locale("", c).getISO3Country()).collect(java.util.stream.Collectors.toSet());

    /** An ISO 3166 state code (and Kosovo's XKX), as opposed to an organisation's. */
    private static boolean isState(String code) {
        return STATES.contains(code) || code.equals("XKX");
    }

    /** One side without a named official, and one named official in the article whose side is not told. */
    private static void soleUnresolved(List<dev.parley.api.Mention> officials, Map<String, Participant> found,
                                       List<String> codes) {
        Set<String> represented = new java.util.HashSet<>();
        found.values().forEach(p -> represented.add(p.actor()));
        List<String> missing = codes.stream().filter(c -> !represented.contains(c)).toList();
        List<String> unresolved = officials.stream().filter(m -> m.actor().isEmpty() && m.person().isPresent())
                .map(m -> m.person().get()).filter(n -> !found.containsKey(n)).distinct().toList();
        if (missing.size() == 1 && unresolved.size() == 1) {
            found.put(unresolved.get(0), new Participant(unresolved.get(0), titleOf(officials, unresolved.get(0)),
                    missing.get(0)));
        }
    }

    private static void add(Map<String, Participant> found, dev.parley.api.Mention m, String actor) {
        found.putIfAbsent(m.person().get(), new Participant(m.person().get(), m.title().orElse(""), actor));
    }

    private static String titleOf(List<dev.parley.api.Mention> officials, String name) {
        return officials.stream().filter(m -> m.person().filter(name::equals).isPresent())
                .map(m -> m.title().orElse("")).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    /** The parties of the article's main interaction: the first event naming two actors, headline first. */
    private static List<Actor> mainParties(List<Draft> headlines, List<Draft> body, List<SentenceAnalysis> analyses) {
        for (List<Draft> list : List.of(headlines, body)) {
            for (Draft d : list) {
                if (d.codes().size() >= 2) {
                    List<Actor> out = new ArrayList<>(d.source());
                    out.addAll(d.target());
                    return out;
                }
            }
        }
        Map<String, Actor> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (SentenceAnalysis sa : analyses) {
            if (!sa.sentence().kind().isCoded()) {
                continue;
            }
            for (LocatedMention m : sa.mentions()) {
                if (!m.place() && m.mention().actor().isPresent()) {
                    Actor a = m.mention().actor().get();
                    first.putIfAbsent(a.code(), a);
                    counts.merge(a.code(), 1, Integer::sum);
                }
            }
        }
        return first.values().stream().filter(a -> counts.get(a.code()) >= 2)
                .sorted(Comparator.comparingInt((Actor a) -> -counts.get(a.code()))).limit(2).toList();
    }

    /** Fills "the two sides" and a missing side from the main parties; an event needs two actors. */
    private static Optional<Draft> completeSides(Draft d, List<Actor> parties) {
        if (d.codes().size() >= 2 || !d.source().isEmpty() && !d.target().isEmpty()) {
            return Optional.of(d.source().isEmpty()
                    ? d.withSides(d.target().subList(0, 1), d.target().subList(1, d.target().size())) : d);
        }
        if (parties.size() < 2) {
            return Optional.empty();
        }
        List<String> partyCodes = parties.stream().map(Actor::code).toList();
        if (d.symmetric()) {
            if (!d.needsParties() || !partyCodes.containsAll(d.codes())) {
                return Optional.empty();
            }
            return Optional.of(d.withSides(List.of(parties.get(0)), parties.subList(1, parties.size())));
        }
        if (d.source().isEmpty() && d.target().size() == 1 && partyCodes.contains(d.target().get(0).code())) {
            return Optional.of(d.withSides(others(parties, d.target().get(0)), d.target()));
        }
        if (d.target().isEmpty() && d.source().size() == 1 && partyCodes.contains(d.source().get(0).code())) {
            return Optional.of(d.withSides(d.source(), others(parties, d.source().get(0))));
        }
        if (d.codes().isEmpty() && d.needsParties()) {
            return Optional.of(d.withSides(List.of(parties.get(0)), parties.subList(1, parties.size())));
        }
        return Optional.empty();
    }

    private static List<Actor> others(List<Actor> parties, Actor one) {
        return parties.stream().filter(a -> !a.code().equals(one.code())).toList();
    }

    /** Events of the same day as a located meeting took place there, unless they were calls or video meetings. */
    private static List<Draft> inheritPlaces(List<Draft> drafts) {
        Optional<Draft> located = drafts.stream()
                .filter(d -> d.type() == EventType.CONSULT && d.status() == EventStatus.OCCURRED && d.location().isPresent())
                .findFirst();
        if (located.isEmpty()) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean inherits = refinable(d, located.get().location().get()) && d.status() != EventStatus.PLANNED && !d.virtual()
                    && !d.mode().equals("phone") && (EventMerger.overlaps(d, located.get()) || !d.dated())
                    && located.get().codes().containsAll(d.codes());
            out.add(inherits ? d.withLocation(located.get().location()) : d);
        }
        return out;
    }

    /**
     * An event reported without a date of its own, in an article about an event of the days before publication
     * (the first dated one), took place on that occasion: it takes that event's last day.
     */
    private static List<Draft> inheritDates(List<Draft> drafts, Optional<LocalDate> reference) {
        if (reference.isEmpty()) {
            return drafts;
        }
        Optional<Draft> meeting = drafts.stream()
                .filter(d -> d.status() == EventStatus.OCCURRED && d.dated()
                        && d.date().isPresent() && d.date().get().hasDay())
                .filter(d -> {
                    LocalDate end = d.dateEnd().orElse(d.date().get()).end();
                    return !end.isAfter(reference.get()) && !end.isBefore(reference.get().minusDays(RECENT_DAYS));
                })
                .findFirst();
        if (meeting.isEmpty()) {
            return drafts;
        }
        PartialDate last = meeting.get().dateEnd().orElse(meeting.get().date().get());
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean inherits = !d.dated() && d.status() != EventStatus.PLANNED;
            out.add(inherits ? d.withDate(last) : d);
        }
        return out;
    }

    /** No place yet, or only the country of {@code city}: the city can stand in. */
    private static boolean refinable(Draft d, Location city) {
        return d.location().isEmpty() || d.location().get().place().isEmpty()
                && d.location().get().country().equals(city.country());
    }

    /**
     * A wire story's dateline names where it was filed, which is where the day's events happened unless the
     * text says otherwise: events of the last days before publication with no place of their own, other than
     * calls and video meetings, take the dateline's city.
     */
    private List<Draft> datelinePlace(CleanArticle article, LanguageLexicon lex, List<Draft> drafts,
                                      Optional<LocalDate> reference) {
        if (article.dateline().isEmpty() || reference.isEmpty()) {
            return drafts;
        }
        List<Token> t = dev.parley.pipeline.text.Tokenizer.tokenize(article.dateline().get().place(), 0);
        Optional<PlaceEntry> city = places.matcher(lex.language()).findLongest(t).stream()
                .filter(m -> m.from() == 0 && m.to() == t.size()).map(PhraseMatcher.Match::value).findFirst();
        if (city.isEmpty()) {
            return drafts;
        }
        Location where = new Location(Optional.of(city.get().place()), Optional.of(city.get().country()));
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean recent = d.date().map(x -> !x.start().isBefore(reference.get().minusDays(DATELINE_DAYS))
                    && !x.start().isAfter(reference.get())).orElse(true);
            boolean applies = refinable(d, where) && d.status() == EventStatus.OCCURRED && recent && !d.virtual()
                    && !d.mode().equals("phone");
            out.add(applies ? d.withLocation(Optional.of(where)) : d);
        }
        return out;
    }

    private static List<String> topics(List<SentenceAnalysis> evidence, CodingLexicon code) {
        Set<String> out = new java.util.LinkedHashSet<>();
        evidence.forEach(sa -> out.addAll(code.topics().find(sa.tokens())));
        return out.stream().limit(MAX_TOPICS).toList();
    }

    private static Optional<DialogueSeries> series(List<SentenceAnalysis> evidence, CodingLexicon code,
                                                   OptionalInt founded) {
        List<DialogueSeries> found = evidence.stream().map(sa -> code.series().find(sa.tokens()))
                .flatMap(Optional::stream).toList();
        Optional<DialogueSeries> best = found.stream()
                .max(Comparator.comparingInt((DialogueSeries s) -> s.ordinal().isPresent() ? 1 : 0)
                        .thenComparingInt(s -> -found.indexOf(s)));
        Optional<String> periodicity = found.stream().map(DialogueSeries::periodicity).flatMap(Optional::stream)
                .findFirst();
        return best.map(s -> new DialogueSeries(s.name(), s.ordinal(), s.periodicity().or(() -> periodicity), founded));
    }

    /** "The dialogue was launched in 2015": a founding marker followed by a year, in a sentence about a series. */
    private static OptionalInt founded(List<SentenceAnalysis> analyses, CodingLexicon code) {
        for (SentenceAnalysis sa : analyses) {
            List<Token> t = sa.tokens();
            for (PhraseMatcher.Match<String> m : sa.markers("founding", 0, t.size())) {
                for (int i = m.to(); i < Math.min(t.size(), m.to() + FOUNDING_YEAR_WINDOW); i++) {
                    if (t.get(i).isNumber() && t.get(i).text().length() == 4 && code.series().mentionsSeries(t)) {
                        return OptionalInt.of(Integer.parseInt(t.get(i).text()));
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    private Event toEvent(CleanArticle article, Draft d, Optional<LocalDate> reference, List<String> topics,
                          Optional<DialogueSeries> series, Set<String> ids) {
        Optional<PartialDate> date = d.date();
        if (date.isEmpty() && d.status() != EventStatus.PLANNED) {
            date = reference.map(PartialDate::ofDay);
        }
        String id = id(article.article().id(), d, 1);
        for (int n = 2; !ids.add(id); n++) {
            id = id(article.article().id(), d, n); // two events of one type, the same actors and the same first sentence
        }
        return new Event(id, article.article().id(), d.type(), d.mode(), d.cameo(), cameo.goldstein(d.cameo()),
                d.status(), date, d.dateEnd(), d.source(), d.target(), d.symmetric(), d.participants(), d.location(),
                d.virtual(), topics, series, d.evidence(), d.rule(), VERSION);
    }

    /** A stable id from the article, the event's type, actors and first sentence, and its rank among twins. */
    private static String id(String doc, Draft d, int rank) {
        MessageDigest md = SHA_256.get();
        String key = doc + "|" + d.type() + "|" + String.join(",", d.codes()) + "|" + d.evidence().get(0).span()
                + (rank == 1 ? "" : "|" + rank);
        return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
