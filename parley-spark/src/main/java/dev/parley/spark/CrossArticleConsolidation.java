package dev.parley.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Consolidation across articles as Spark aggregations over the extracted tables. Reports (per-article events)
 * of the same type, between the same set of actors, on the same day (a date at day precision) are one
 * real-world event; a report without a date at day precision stands alone, since nothing says which event it
 * is. Each consolidated event takes, like the store's: the first report's id ("c-" + id); the mode, CAMEO code and
 * Goldstein score of the first report of its most common (mode, CAMEO) pair; the strongest status (occurred,
 * then planned, then proposed); the first place given; and counts its reports, articles and distinct URLs,
 * with the articles ({@code docs}) listed. Reports are taken in the order: day ranges after single days, then
 * by last day, the article's reference date, article id and position. Near-duplicate articles are not
 * detected here, so {@code independent_articles} counts every article. Also the dialogue series, each with
 * its most often stated periodicity. Stateless.
 */
final class CrossArticleConsolidation {

    private CrossArticleConsolidation() {
    }

    /** The consolidated events and their reports (tables {@link OutputTable#CONSOLIDATED}, {@link OutputTable#CONSOLIDATED_REPORTS}). */
    record Result(Dataset<Row> events, Dataset<Row> reports) {
    }

    /** Consolidates the events of {@code events}, reported by {@code articles}. */
    static Result of(Dataset<Row> events, Dataset<Row> articles) {
        Dataset<Row> reports = events
                .join(articles.select(col("id").as("article"), col("url"), col("reference_date")),
                        col("article_id").equalTo(col("article")))
                .withColumn("group_key", concat_ws("|", col("type"), array_join(col("actor_codes"), " "),
                        coalesce(when(length(col("date")).equalTo(10), col("date")), concat(lit("alone "), col("id")))))
                .withColumn("report_order", struct(
                        when(col("date_end").isNull(), lit(0)).otherwise(lit(1)).as("range"),
                        col("last_day"),
                        coalesce(col("reference_date"), expr("DATE'9999-12-31'")).as("seen"),
                        col("article_id"), col("ordinal"), col("id")));

        Dataset<Row> groups = reports.groupBy(col("group_key")).agg(
                min(struct(col("report_order"), col("id"), col("type"), col("actor_codes"), col("date"))).as("founder"),
                min(struct(statusStrength().as("strength"), col("status"))).as("strongest"),
                max(col("date_end")).as("date_end"),
                min(col("first_day")).as("first_day"),
                max(col("last_day")).as("last_day"),
                min(when(col("place").isNotNull(), struct(col("report_order"), col("place"), col("country"))))
                        .as("placed"),
                min(when(col("country").isNotNull(), struct(col("report_order"), col("country")))).as("located"),
                count(lit(1)).cast("int").as("reports"),
                countDistinct(col("article_id")).cast("int").as("articles"),
                countDistinct(col("url")).cast("int").as("sources"),
                min(col("reference_date")).as("first_seen"),
                max(col("reference_date")).as("last_seen"),
                array_sort(collect_set(col("article_id"))).as("docs"));

        Dataset<Row> representatives = reports.groupBy(col("group_key"), col("mode"), col("cameo"))
                .agg(count(lit(1)).as("n"), min(struct(col("report_order"), col("id"), col("goldstein"))).as("first"))
                .groupBy(col("group_key"))
                .agg(min(struct(negate(col("n")).as("rank"), col("first.report_order").as("report_order"),
                        col("mode"), col("cameo"), col("first.goldstein").as("goldstein"), col("first.id").as("id")))
                        .as("rep"))
                .withColumnRenamed("group_key", "rep_key");

        Dataset<Row> consolidated = groups
                .join(representatives, groups.col("group_key").equalTo(representatives.col("rep_key")))
                .select(concat(lit("c-"), col("founder.id")).as("id"),
                        col("founder.type").as("type"),
                        col("rep.mode").as("mode"),
                        col("rep.cameo").as("cameo"),
                        col("rep.goldstein").as("goldstein"),
                        col("strongest.status").as("status"),
                        col("founder.date").as("date"),
                        col("date_end"),
                        col("first_day"),
                        col("last_day"),
                        col("founder.actor_codes").as("actor_codes"),
                        col("placed.place").as("place"),
                        coalesce(col("placed.country"), col("located.country")).as("country"),
                        col("rep.id").as("representative_event"),
                        col("reports"),
                        col("articles"),
                        col("articles").as("independent_articles"),
                        col("sources"),
                        col("first_seen"),
                        col("last_seen"),
                        col("docs"),
                        col("group_key"));

        Dataset<Row> members = reports.select(col("group_key").as("member_key"), col("id").as("event_id"),
                col("article_id"), col("url"), col("reference_date").as("seen"));
        Dataset<Row> links = consolidated.select(col("group_key"), col("id").as("consolidated_id"))
                .join(members, col("group_key").equalTo(col("member_key")))
                .select(col("consolidated_id"), col("event_id"), col("article_id"), col("url"), col("seen"));
        return new Result(consolidated.drop("group_key"), links);
    }

    /** Each dialogue series once (table {@link OutputTable#SERIES}), from its sessions and their events. */
    static Dataset<Row> series(Dataset<Row> seriesEvents, Dataset<Row> events) {
        Dataset<Row> periodicity = seriesEvents.where(col("periodicity").isNotNull())
                .groupBy(col("series"), col("periodicity")).agg(count(lit(1)).as("n"))
                .groupBy(col("series"))
                .agg(min(struct(negate(col("n")), col("periodicity").as("periodicity"))).as("most_stated"))
                .select(col("series").as("stated_series"), col("most_stated.periodicity").as("periodicity"));
        Dataset<Row> sessions = seriesEvents
                .join(events.select(col("id"), col("first_day"), col("last_day")),
                        col("event_id").equalTo(col("id")))
                .groupBy(col("series"))
                .agg(min(col("founded")).as("founded"),
                        countDistinct(col("event_id")).cast("int").as("events"),
                        min(col("first_day")).as("first_day"),
                        max(col("last_day")).as("last_day"));
        return sessions.join(periodicity, sessions.col("series").equalTo(periodicity.col("stated_series")), "left")
                .select(col("series").as("name"), col("periodicity"), col("founded"), col("events"),
                        col("first_day"), col("last_day"));
    }

    /** Occurred before planned before proposed, as the store ranks statuses; anything else last. */
    private static Column statusStrength() {
        return when(col("status").equalTo("occurred"), lit(0))
                .when(col("status").equalTo("planned"), lit(1))
                .when(col("status").equalTo("proposed"), lit(2))
                .otherwise(lit(3));
    }
}
