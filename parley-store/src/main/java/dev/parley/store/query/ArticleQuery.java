package dev.parley.store.query;

import dev.parley.store.ResultColumns;
import dev.parley.store.Store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads stored articles: a page of them (newest first, without texts), or one with its text. Stateless. */
public final class ArticleQuery {

    private static final String COLUMNS = "SELECT a.id, a.url, a.title, a.published, a.reference_date, a.language, "
            + "a.text_chars, (SELECT list(e.id ORDER BY e.ordinal) FROM events e WHERE e.article_id = a.id), ";
    private static final String PAGE = COLUMNS + "NULL FROM articles a "
            + "ORDER BY a.reference_date DESC NULLS LAST, a.id" + FilterSql.LIMIT;
    private static final String ONE = COLUMNS + "t.text FROM articles a LEFT JOIN article_texts t ON t.article_id = a.id "
            + "WHERE a.id = ?";

    private ArticleQuery() {
    }

    /** One page of the stored articles, newest first, without their texts. */
    public static Page<StoredArticle> page(Store store, Page.Window window) throws SQLException {
        List<StoredArticle> items = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(PAGE)) {
            new FilterSql("TRUE", List.of()).bind(p, window);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    items.add(row(r));
                }
            }
        }
        return new Page<>(store.queryLong("SELECT count(*) FROM articles"), window.offset(), items);
    }

    /** The article with this id, with its text; empty when none is stored. */
    public static Optional<StoredArticle> find(Store store, String id) throws SQLException {
        try (PreparedStatement p = store.connection().prepareStatement(ONE)) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    private static StoredArticle row(ResultSet r) throws SQLException {
        return new StoredArticle(r.getString(1), ResultColumns.text(r, 2), ResultColumns.text(r, 3),
                ResultColumns.day(r, 4), ResultColumns.day(r, 5), r.getString(6), r.getInt(7),
                ResultColumns.texts(r, 8), ResultColumns.text(r, 9));
    }
}
