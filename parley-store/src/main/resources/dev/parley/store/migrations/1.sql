-- articles, their events (sides, participants, evidence), dialogue series, consolidation across articles
-- One statement per paragraph, each ending with a semicolon at the end of a line.

CREATE TABLE articles (
    id             VARCHAR PRIMARY KEY,   -- the caller's id
    text_sha256    VARCHAR NOT NULL,      -- of the text as it arrived: the same id and hash is the same article
    url            VARCHAR,
    title          VARCHAR,
    published      DATE,                  -- as the feed gave it
    reference_date DATE,                  -- the date the text states, else the feed's
    language       VARCHAR NOT NULL,
    text_chars     INTEGER NOT NULL,
    minhash        BLOB                   -- MinHash signature of the cleaned text's word shingles; null without words
);

CREATE TABLE events (
    id           VARCHAR PRIMARY KEY,     -- the pipeline's id; "-2", "-3" added when an article has it twice
    pipeline_id  VARCHAR NOT NULL,        -- the id as the pipeline gave it
    article_id   VARCHAR NOT NULL,
    url          VARCHAR,                 -- the article's, so reading events needs no join
    ordinal      INTEGER NOT NULL,        -- position among the article's events
    type         VARCHAR NOT NULL,
    mode         VARCHAR NOT NULL,
    cameo        VARCHAR NOT NULL,
    goldstein    DOUBLE NOT NULL,
    status       VARCHAR NOT NULL,
    date         VARCHAR,                 -- ISO, at the precision the text supports
    date_end     VARCHAR,
    first_day    DATE,                    -- the first day the date can mean
    last_day     DATE,                    -- the last day date (or date_end) can mean
    actor_codes  VARCHAR[] NOT NULL,      -- both sides' codes, sorted and distinct
    is_symmetric BOOLEAN NOT NULL,
    place        VARCHAR,
    country      VARCHAR,
    is_virtual   BOOLEAN NOT NULL,
    topics       VARCHAR[] NOT NULL,
    series       VARCHAR,                 -- the dialogue series' name, if any
    rule         VARCHAR NOT NULL,
    coder        VARCHAR NOT NULL,
    record       VARCHAR NOT NULL         -- the whole event as parley extract writes it (FORMAT.md JSON)
);

-- The side tables below are the events' records taken apart, for search and counts.

CREATE TABLE actors (
    event_id VARCHAR NOT NULL,
    side     VARCHAR NOT NULL,            -- source or target
    position INTEGER NOT NULL,
    code     VARCHAR NOT NULL,
    sector   VARCHAR,
    name     VARCHAR NOT NULL,
    text     VARCHAR NOT NULL
);

CREATE TABLE participants (
    event_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    name     VARCHAR NOT NULL,
    title    VARCHAR NOT NULL,
    actor    VARCHAR NOT NULL
);

CREATE TABLE evidence (
    event_id     VARCHAR NOT NULL,
    position     INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,        -- into the article's text
    end_offset   INTEGER NOT NULL
);

CREATE TABLE series_events (
    event_id    VARCHAR NOT NULL,         -- an event held as a session of a dialogue series
    series      VARCHAR NOT NULL,         -- the series' name as written
    ordinal     INTEGER,                  -- which session, if said
    periodicity VARCHAR,                  -- how often it meets, if said
    founded     INTEGER                   -- the year it was founded, if said
);

CREATE TABLE series (
    name        VARCHAR PRIMARY KEY,      -- recomputed from series_events after each ingest
    periodicity VARCHAR,                  -- the most often stated
    founded     INTEGER,                  -- the earliest stated
    events      INTEGER NOT NULL,
    first_day   DATE,                     -- of its earliest dated event
    last_day    DATE
);

CREATE TABLE article_duplicates (
    article_id   VARCHAR PRIMARY KEY,     -- a near-duplicate (syndicated copy) ...
    duplicate_of VARCHAR NOT NULL,        -- ... of this article, the earliest of its group
    similarity   DOUBLE NOT NULL          -- estimated Jaccard similarity of their word shingles
);

CREATE TABLE consolidated_events (
    id                   VARCHAR PRIMARY KEY,
    type                 VARCHAR NOT NULL,
    mode                 VARCHAR NOT NULL,
    cameo                VARCHAR NOT NULL,
    goldstein            DOUBLE NOT NULL,
    status               VARCHAR NOT NULL, -- occurred if any report says so, else planned, else proposed
    date                 VARCHAR,          -- the most precise report's date
    date_end             VARCHAR,
    first_day            DATE,
    last_day             DATE,
    actor_codes          VARCHAR[] NOT NULL, -- sorted
    place                VARCHAR,
    country              VARCHAR,
    representative_event VARCHAR NOT NULL, -- the report whose mode and CAMEO code stand for the event
    reports              INTEGER NOT NULL,
    articles             INTEGER NOT NULL,
    independent_articles INTEGER NOT NULL, -- articles after near-duplicates are counted once
    sources              INTEGER NOT NULL, -- distinct URLs
    first_seen           DATE,             -- the earliest reporting article's reference date
    last_seen            DATE
);

CREATE TABLE consolidated_reports (
    consolidated_id VARCHAR NOT NULL,
    event_id        VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    url             VARCHAR,              -- the article's
    seen            DATE                  -- the article's reference date
);

CREATE TABLE store_state (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

INSERT INTO store_state VALUES ('consolidation', 'current');
