-- article texts, so an event's evidence can be shown in its article
-- Articles stored before this migration have no text: their hash is cleared so that the next ingest of them
-- stores them again, text included.

CREATE TABLE article_texts (
    article_id VARCHAR PRIMARY KEY,
    text       VARCHAR NOT NULL           -- as it arrived: evidence offsets point into it
);

UPDATE articles SET text_sha256 = '';
