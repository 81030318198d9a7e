package dev.parley.store.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups reports of the same real-world event. Reports can belong together when they have the same type
 * and the same actor set; among those, a report joins the first cluster (in creation order) whose every
 * member's date and place it is compatible with, or founds a new one. Complete linkage keeps a vague report
 * ("in 2024") from chaining two distinct meetings together. Reports are taken most precise first, so
 * clusters are founded by exact dates and vague reports join them. Undated reports only join undated
 * reports of the same near-duplicate article group: without a date nothing else says they are one event.
 * Deterministic: the same reports give the same clusters, whatever their input order. Stateless.
 */
final class ReportClusterer {

    private ReportClusterer() {
    }

    /** The clusters, each in joining order (its founder first). */
    static List<List<Report>> cluster(List<Report> reports) {
        Map<String, List<Report>> groups = new TreeMap<>();
        for (Report r : reports) {
            String key = r.type() + "|" + r.actors() + (r.window().isEmpty() ? "|undated|" + r.group() : "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<List<Report>> out = new ArrayList<>();
        for (List<Report> group : groups.values()) {
            group.sort(Report.ORDER);
            for (Cluster c : clusterGroup(group)) {
                out.add(c.members);
            }
        }
        return out;
    }

    private static List<Cluster> clusterGroup(List<Report> group) {
        List<Cluster> clusters = new ArrayList<>();
        TreeMap<LocalDate, List<Cluster>> byFounderDay = new TreeMap<>();
        long widest = 0;
        for (Report r : group) {
            Cluster home = null;
            for (Cluster c : candidates(r, clusters, byFounderDay, widest)) {
                if (c.accepts(r)) {
                    home = c;
                    break;
                }
            }
            if (home != null) {
                home.add(r);
                continue;
            }
            Cluster founded = new Cluster(clusters.size(), r);
            clusters.add(founded);
            if (r.window().isPresent()) {
                DateWindow w = r.window().get();
                byFounderDay.computeIfAbsent(w.first(), d -> new ArrayList<>()).add(founded);
                widest = Math.max(widest, w.days());
            }
        }
        return clusters;
    }

    /**
     * Clusters {@code r} may join, in creation order: every member is compatible with the founder, so only
     * clusters whose founder's window overlaps {@code r}'s can take it.
     */
    private static List<Cluster> candidates(Report r, List<Cluster> clusters,
                                            TreeMap<LocalDate, List<Cluster>> byFounderDay, long widest) {
        if (r.window().isEmpty()) {
            return clusters;
        }
        DateWindow w = r.window().get();
        List<Cluster> out = new ArrayList<>();
        byFounderDay.subMap(w.first().minusDays(widest), true, w.last(), true).values().forEach(out::addAll);
        out.sort(Comparator.comparingInt(c -> c.index));
        return out;
    }

    /** A growing cluster: its members and the distinct constraints they carry. */
    private static final class Cluster {
        final int index;
        final List<Report> members = new ArrayList<>();
        final Set<Report.Constraint> constraints = new LinkedHashSet<>();

        Cluster(int index, Report founder) {
            this.index = index;
            add(founder);
        }

        boolean accepts(Report r) {
            Report.Constraint c = r.constraint();
            return constraints.stream().allMatch(c::compatible);
        }

        void add(Report r) {
            members.add(r);
            constraints.add(r.constraint());
        }
    }
}
