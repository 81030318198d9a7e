package dev.parley.pipeline;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.text.Tokenizer;
import dev.parley.pipeline.time.DateExpression;
import dev.parley.pipeline.time.DateFinder;
import dev.parley.pipeline.time.DateLexicon;
import dev.parley.pipeline.time.DateResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Date expressions with their anchor date and expected result. */
class DateExpressionsTest {

    private static final LexiconSource LEXICON = LexiconSource.bundled();

    @ParameterizedTest(name = "{0}: ''{1}'' from {2} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            en | the ministers met on August 9 in Jakarta          | 2022-08-09 | false | 2022-08-09
            en | talks from August 8-10 on the border              | 2022-08-09 | false | 2022-08-08..2022-08-10
            en | they agreed Tuesday to meet again                 | 2019-11-26 | false | 2019-11-26
            en | Beijing said on Tuesday                           | 2018-10-03 | false | 2018-10-02
            en | he will visit on Friday                           | 2023-05-10 | true  | 2023-05-12
            en | the last meeting took place in June 2014          | 2016-04-12 | false | 2014-06
            en | will visit Hanoi in mid-2020                      | 2020-02-18 | true  | 2020
            en | On 15-16 October 2015, the committee met          | 2015-10-20 | false | 2015-10-15..2015-10-16
            en | Published : Jun 24, 2021 - 20:56                  | 2021-06-24 | false | 2021-06-24
            en | they will meet on April 20                        | 2016-04-12 | true  | 2016-04-20
            en | the visit planned for next month                  | 2021-12-15 | true  | 2022-01
            en | talks were held yesterday                         | 2021-03-01 | false | 2021-02-28
            en | the accord signed on December 28                  | 2022-01-03 | false | 2021-12-28
            en | the treaty signed in 2019 remains                 | 2022-01-03 | false | 2019
            en | a dialogue held on 2023-05-04 in Rome             | 2023-05-07 | false | 2023-05-04
            de | Am Morgen des 4. März leiteten sie den Dialog     | 2024-03-04 | false | 2024-03-04
            de | das Treffen vom 3. bis 5. Mai                     | 2023-05-06 | false | 2023-05-03..2023-05-05
            de | am Dienstag trafen sich die Minister              | 2023-06-08 | false | 2023-06-06
            de | er wird im Juni 2024 reisen                       | 2024-03-04 | true  | 2024-06
            de | die Gespräche am 04.03.2024 in Hanoi              | 2024-03-05 | false | 2024-03-04
            de | Anfang Juni soll der Besuch stattfinden           | 2024-03-04 | true  | 2024-06
            de | gestern unterzeichneten beide Seiten              | 2024-03-04 | false | 2024-03-03
            """)
    void resolves(String lang, String text, String anchor, boolean future, String expected) {
        DateLexicon lexicon = new DateLexicon(LEXICON, lang);
        List<DateExpression> found = DateFinder.find(Tokenizer.tokenize(text, 0), lexicon);
        assertThat(found).as("date expressions in '%s'", text).isNotEmpty();
        Optional<DateResolver.Resolved> r = DateResolver.resolve(found.get(0), Optional.of(LocalDate.parse(anchor)), future);
        assertThat(r).isPresent();
        String got = r.get().date() + r.get().end().map(e -> ".." + e).orElse("");
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the two sides shared their assessments
            en | they may meet again
            de | Am Morgen trafen sich die Minister
            """)
    void findsNoDateWhereThereIsNone(String lang, String text) {
        assertThat(DateFinder.find(Tokenizer.tokenize(text, 0), new DateLexicon(LEXICON, lang))).isEmpty();
    }
}
