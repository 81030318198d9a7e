package dev.parley.spark;

import dev.parley.api.Article;
import dev.parley.api.SetAside;
import dev.parley.io.InputRecord;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One record read from an input, in the form Spark ships between stages: {@link Article} holds {@link Optional}s,
 * which Java serialization refuses, so an article travels as its plain fields. Immutable.
 */
sealed interface InputItem extends Serializable permits InputItem.ArticleItem, InputItem.SetAsideItem {

    /** The item for a record a parley-io reader gave, read from {@code input}. */
    static InputItem of(InputRecord record, String input) {
        if (record instanceof InputRecord.Read read) {
            return ArticleItem.of(read.article(), input);
        }
        SetAside reason = ((InputRecord.Rejected) record).reason();
        return new SetAsideItem(reason.input(), reason.record(), reason.reason());
    }

    /**
     * An article and the input it came from. {@code url}, {@code title}, {@code published} and {@code language}
     * are null where the article's Optional is empty: that is only their shipping form.
     */
    record ArticleItem(String input, String id, String text, String url, String title, LocalDate published,
                       String language) implements InputItem {

        static ArticleItem of(Article a, String input) {
            return new ArticleItem(input, a.id(), a.text(), a.url().orElse(null), a.title().orElse(null),
                    a.published().orElse(null), a.language().orElse(null));
        }

        /** The article as the pipeline takes it. */
        Article article() {
            return new Article(id, text, Optional.ofNullable(url), Optional.ofNullable(title),
                    Optional.ofNullable(published), Optional.ofNullable(language));
        }
    }

    /** A record that could not be read, as {@link SetAside} gives it. */
    record SetAsideItem(String input, String record, String reason) implements InputItem {

        SetAside setAside() {
            return new SetAside(input, record, reason);
        }
    }
}
