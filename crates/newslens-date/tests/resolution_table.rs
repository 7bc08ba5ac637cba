//! Table-driven resolution tests: (sentence, reference date, expression, type, value).
//! The reference 2020-01-14 is a Tuesday (ISO week 2020-W03).

use newslens_date::tag;

const REF: &str = "2020-01-14";

/// (text, the mention's text, type, value), all against `REF`.
const ROWS: &[(&str, &str, &str, &str)] = &[
    // weekdays by tense
    (
        "The agency issued the statement on Saturday.",
        "Saturday",
        "DATE",
        "2020-01-11",
    ),
    (
        "The agency will issue a statement on Saturday.",
        "Saturday",
        "DATE",
        "2020-01-18",
    ),
    ("He met Kim on Monday.", "Monday", "DATE", "2020-01-13"),
    (
        "Lenders cut rates following Wednesday's cut by the central bank.",
        "Wednesday",
        "DATE",
        "2020-01-08",
    ),
    // "could" before a plain verb points forward; a reporting verb before it does not decide
    (
        "Analysts warned that the delays could spill into Thursday.",
        "Thursday",
        "DATE",
        "2020-01-16",
    ),
    (
        "Officials said they could not reach the mayor on Thursday.",
        "Thursday",
        "DATE",
        "2020-01-09",
    ),
    (
        "The talks are to resume Thursday.",
        "Thursday",
        "DATE",
        "2020-01-16",
    ),
    ("Voting ended Tuesday.", "Tuesday", "DATE", "2020-01-14"),
    ("They met last Friday.", "last Friday", "DATE", "2020-01-10"),
    (
        "They will meet next Friday.",
        "next Friday",
        "DATE",
        "2020-01-17",
    ),
    (
        "Protests broke out Wednesday night.",
        "Wednesday night",
        "DATE", // TimeBank types a weekday with a part of the day as DATE
        "2020-01-08TNI",
    ),
    // "next to" is a place, not a direction
    (
        "Dozens were killed in the blasts next to the embassy on Friday.",
        "Friday",
        "DATE",
        "2020-01-10",
    ),
    // a possessive weekday names a reported event
    (
        "Relatives looked for ways to get around Wednesday's ruling.",
        "Wednesday",
        "DATE",
        "2020-01-08",
    ),
    // … or, in a clause about the future, a scheduled one
    (
        "Miami, who were bottom before Messi arrived, will face Nashville in Saturday's final.",
        "Saturday",
        "DATE",
        "2020-01-18",
    ),
    // the auxiliary before "due to expire" decides
    (
        "The offer had been due to expire Friday.",
        "Friday",
        "DATE",
        "2020-01-10",
    ),
    (
        "The team could leave as early as Thursday.",
        "Thursday",
        "DATE",
        "2020-01-16",
    ),
    (
        "Protesters planned a large demonstration on Saturday.",
        "Saturday",
        "DATE",
        "2020-01-18",
    ),
    // a fronted weekday takes the tense of the clause after its comma
    (
        "On Friday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.",
        "Friday",
        "DATE",
        "2020-01-17",
    ),
    // "the latest quarter" has ended, whatever quarter was talked about before
    (
        "It expects a first-quarter charge. Profit fell in the latest quarter.",
        "the latest quarter",
        "DATE",
        "2019-Q4",
    ),
    // "this year's third quarter" is the quarter a later "a year earlier" looks back from
    (
        "Net will rise in this year's third quarter to $10.5 million from $10.3 million a year earlier.",
        "a year earlier",
        "DATE",
        "2019-Q3",
    ),
    (
        "Tickets go on sale the week of March 6.",
        "the week of March 6",
        "DATE",
        "2020-W10",
    ),
    // halves named otherwise
    (
        "Sales slowed in the last half of 1989.",
        "the last half of 1989",
        "DATE",
        "1989-H2",
    ),
    (
        "Orders are booked for the first two quarters of 1990.",
        "the first two quarters of 1990",
        "DATE",
        "1990-H1",
    ),
    // a whole amount and a half: the half in the next smaller unit
    (
        "The refugees lived in camps for 2 1/2 years.",
        "2 1/2 years",
        "DURATION",
        "P2Y6M",
    ),
    (
        "She spends 5 1/2 hours in Nairobi.",
        "5 1/2 hours",
        "DURATION",
        "PT5H30M",
    ),
    (
        "But a minute and a half later, a pilot called in.",
        "a minute and a half",
        "DURATION",
        "PT1M30S",
    ),
    (
        "The crown has ruled for almost a hundred years.",
        "a hundred years",
        "DURATION",
        "P100Y",
    ),
    (
        "The rally went on until 4 in the morning.",
        "4 in the morning",
        "TIME",
        "2020-01-14T04:00",
    ),
    (
        "The vote closes at 9 in the evening.",
        "9 in the evening",
        "TIME",
        "2020-01-14T21:00",
    ),
    (
        "In London at mid-afternoon yesterday, shares were up.",
        "mid-afternoon yesterday",
        "TIME",
        "2020-01-13TAF",
    ),
    // named dates
    (
        "He arrived on July 26, 2011.",
        "July 26, 2011",
        "DATE",
        "2011-07-26",
    ),
    (
        "He arrived on 26 July 2011.",
        "26 July 2011",
        "DATE",
        "2011-07-26",
    ),
    ("The deal closed Jan. 3.", "Jan. 3", "DATE", "2020-01-03"),
    (
        "The filing is due Sept. 30.",
        "Sept. 30",
        "DATE",
        "2020-09-30",
    ),
    (
        "Records from 7/26/2011 show it.",
        "7/26/2011",
        "DATE",
        "2011-07-26",
    ),
    (
        "The log of 2011-07-26 shows it.",
        "2011-07-26",
        "DATE",
        "2011-07-26",
    ),
    ("It began in 2018.", "2018", "DATE", "2018"),
    ("It happened in July 1988.", "July 1988", "DATE", "1988-07"),
    // months by cue
    (
        "The board agreed to buy the line in February.",
        "February",
        "DATE",
        "2020-02",
    ),
    // no cue: the nearest such month, leaning to the past
    (
        "Her flats, worth $130 million in October, are worth half that now.",
        "October",
        "DATE",
        "2019-10",
    ),
    (
        "The programme first aired in January nineteen ninety-seven.",
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
    ),
    (
        "Since the summit in February, talks stalled.",
        "February",
        "DATE",
        "2019-02",
    ),
    (
        "He faces the upcoming election in November.",
        "November",
        "DATE",
        "2020-11",
    ),
    (
        "The loan must be repaid by March.",
        "March",
        "DATE",
        "2020-03",
    ),
    ("Sales fell in December.", "December", "DATE", "2019-12"),
    // periods of the year
    (
        "Profit rose in the third quarter.",
        "the third quarter",
        "DATE",
        "2019-Q3",
    ),
    (
        "Third-quarter profit rose.",
        "Third-quarter",
        "DATE",
        "2019-Q3",
    ),
    ("Revenue in Q3 2019 rose.", "Q3 2019", "DATE", "2019-Q3"),
    // "Q3" alone is resolved like "the third quarter"
    ("Revenue rose 4% in Q3.", "Q3", "DATE", "2019-Q3"),
    ("Revenue will rise in Q3.", "Q3", "DATE", "2020-Q3"),
    ("Demand fell in H1 2019.", "H1 2019", "DATE", "2019-H1"),
    ("Demand fell in H2.", "H2", "DATE", "2019-H2"),
    (
        "Spending in fiscal 2019 rose.",
        "fiscal 2019",
        "DATE",
        "2019",
    ),
    ("Prices soared in the 1990s.", "the 1990s", "DATE", "199"),
    (
        "Steel defined the 20th century.",
        "the 20th century",
        "DATE",
        "19",
    ),
    ("Crops failed last fall.", "last fall", "DATE", "2019-FA"),
    (
        "They married in the winter of 1994.",
        "the winter of 1994",
        "DATE",
        "1994-WI",
    ),
    (
        "Results for the first half of 2019 were weak.",
        "the first half of 2019",
        "DATE",
        "2019-H1",
    ),
    // relative to the reference date
    ("He spoke yesterday.", "yesterday", "DATE", "2020-01-13"),
    ("He speaks today.", "today", "DATE", "2020-01-14"),
    ("He will speak tomorrow.", "tomorrow", "DATE", "2020-01-15"),
    (
        "The House votes this week.",
        "this week",
        "DATE",
        "2020-W03",
    ),
    (
        "The House voted last week.",
        "last week",
        "DATE",
        "2020-W02",
    ),
    (
        "The House votes next week.",
        "next week",
        "DATE",
        "2020-W04",
    ),
    ("Rates rise next month.", "next month", "DATE", "2020-02"),
    ("Rates rose last month.", "last month", "DATE", "2019-12"),
    ("Rates rose last year.", "last year", "DATE", "2019"),
    ("Rates will rise next year.", "next year", "DATE", "2021"),
    ("They met two years ago.", "two years ago", "DATE", "2018"),
    ("They met 10 days ago.", "10 days ago", "DATE", "2020-01-04"),
    (
        "They met earlier this year.",
        "earlier this year",
        "DATE",
        "2020",
    ),
    (
        "They met earlier this month.",
        "earlier this month",
        "DATE",
        "2020-01",
    ),
    (
        "Markets rallied over the weekend.",
        "the weekend",
        "DATE",
        "2020-W02-WE",
    ),
    (
        "Shares rose this morning.",
        "this morning",
        "TIME",
        "2020-01-14TMO",
    ),
    (
        "Shares fell last night.",
        "last night",
        "TIME",
        "2020-01-13TNI",
    ),
    // times
    (
        "Trading stops at 3 p.m. EST.",
        "3 p.m. EST",
        "TIME",
        "2020-01-14T15:00",
    ),
    (
        "The offer expires at noon Thursday.",
        "noon Thursday",
        "TIME",
        "2020-01-16T12:00",
    ),
    (
        "It ended at 10:35 a.m.",
        "10:35 a.m.",
        "TIME",
        "2020-01-14T10:35",
    ),
    (
        "They will vote the day after tomorrow.",
        "the day after tomorrow",
        "DATE",
        "2020-01-16",
    ),
    (
        "They voted the day before yesterday.",
        "the day before yesterday",
        "DATE",
        "2020-01-12",
    ),
    // a time takes its day from "on <day>" after it or "<day> at" before it
    (
        "The mayor met donors at 3 p.m. EST on Friday.",
        "3 p.m. EST",
        "TIME",
        "2020-01-10T15:00",
    ),
    (
        "The vote was held on Monday at 10 a.m.",
        "10 a.m.",
        "TIME",
        "2020-01-13T10:00",
    ),
    (
        "The envoys will meet Jan. 20 at noon.",
        "noon",
        "TIME",
        "2020-01-20T12:00",
    ),
    // a bare midnight in the past opened the reference day; one ahead, or tonight's,
    // closes it
    (
        "The mayor conceded shortly after midnight.",
        "midnight",
        "TIME",
        "2020-01-13T24:00",
    ),
    (
        "The offer expires at midnight.",
        "midnight",
        "TIME",
        "2020-01-14T24:00",
    ),
    (
        "Our plans were to finalize the merger at midnight tonight.",
        "midnight",
        "TIME",
        "2020-01-14T24:00",
    ),
    // durations
    (
        "He served for three months.",
        "three months",
        "DURATION",
        "P3M",
    ),
    ("It took months to agree.", "months", "DURATION", "PXM"),
    (
        "Over the past two years, Trump tried.",
        "the past two years",
        "DURATION",
        "P2Y",
    ),
    (
        "In the first nine months, net rose.",
        "the first nine months",
        "DURATION",
        "P9M",
    ),
    (
        "A two-year contract was signed.",
        "two-year",
        "DURATION",
        "P2Y",
    ),
    (
        "The strike lasted 48 hours.",
        "48 hours",
        "DURATION",
        "PT48H",
    ),
    ("It lasted a few days.", "a few days", "DURATION", "PXD"),
    (
        "The project ran for two decades.",
        "two decades",
        "DURATION",
        "P20Y",
    ),
    (
        "Shipments resume within two to three weeks.",
        "two to three weeks",
        "DURATION",
        "P2W",
    ),
    (
        "Prices rose in the last twenty four hours.",
        "the last twenty four hours",
        "DURATION",
        "PT24H",
    ),
    (
        "Sales may slow in the weeks ahead.",
        "the weeks ahead",
        "DURATION",
        "PXW",
    ),
    (
        "It should recover over the next year or so.",
        "the next year or so",
        "DATE",
        "2021",
    ),
    // sets
    (
        "The board meets every Tuesday.",
        "every Tuesday",
        "SET",
        "XXXX-WXX-2",
    ),
    (
        "The report is published annually.",
        "annually",
        "SET",
        "P1Y",
    ),
    ("The index is updated daily.", "daily", "SET", "P1D"),
    ("It pays $5 a year.", "a year", "SET", "P1Y"),
    (
        "The deal caps night shifts at three a week.",
        "a week",
        "SET",
        "P1W",
    ),
    (
        "The airline runs four flights a week.",
        "a week",
        "SET",
        "P1W",
    ),
    ("The club meets each July.", "each July", "SET", "XXXX-07"),
    // fuzzy references
    ("Prices rose recently.", "recently", "DATE", "PAST_REF"),
    ("Prices are high now.", "now", "DATE", "PRESENT_REF"),
    (
        "Prices will fall in the future.",
        "the future",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "Demand is currently weak.",
        "currently",
        "DATE",
        "PRESENT_REF",
    ),
    // holidays and decade words
    (
        "The vote is on Election Day.",
        "Election Day",
        "DATE",
        "2020-11-03",
    ),
    (
        "Sales rose over Christmas.",
        "Christmas",
        "DATE",
        "2019-12-25",
    ),
    (
        "They met on Thanksgiving Day 1999.",
        "Thanksgiving Day 1999",
        "DATE",
        "1999-11-25",
    ),
    (
        "Easter 2021 falls early.",
        "Easter 2021",
        "DATE",
        "2021-04-04",
    ),
    (
        "Crowds gathered on New Year's Eve.",
        "New Year's Eve",
        "DATE",
        "2019-12-31",
    ),
    (
        "Memorial Day will be quiet.",
        "Memorial Day",
        "DATE",
        "2020-05-25",
    ),
    (
        "Prices peaked in the nineties.",
        "the nineties",
        "DATE",
        "199",
    ),
    // "previous", "following", "the next" count from the time talked about
    (
        "Shares closed lower on Friday. The index was down 4.5% from the previous Friday.",
        "the previous Friday",
        "DATE",
        "2020-01-03",
    ),
    (
        "In March, the Bass family urged a restructuring. The following month, the company put itself up for sale.",
        "The following month",
        "DATE",
        "2019-04",
    ),
    (
        "He was arraigned on Monday and appeared healthy in court the next morning.",
        "the next morning",
        "DATE",
        "2020-01-14TMO",
    ),
    // a quoted sentence's time is no programme title
    (
        "\"This week we won,\" the coach said.",
        "This week",
        "DATE",
        "2020-W03",
    ),
    // "that day", "the same day": the day just talked about
    (
        "Slepian was killed on Oct. 23, 2019. Earlier that day, the family sent a fax to police.",
        "Earlier that day",
        "DATE",
        "2019-10-23",
    ),
    (
        "The ruling came on Jan. 3. Lawyers appealed the same day.",
        "the same day",
        "DATE",
        "2020-01-03",
    ),
    // the end of the year: this one, or the last one in the past
    (
        "The company expects to complete the transaction by year-end.",
        "year-end",
        "DATE",
        "2020",
    ),
    (
        "Capital ratios should be in place by year's end.",
        "year's end",
        "DATE",
        "2020",
    ),
    (
        "The percentage change is since year-end.",
        "year-end",
        "DATE",
        "2019",
    ),
    // "last year's quarter": the quarter talked about, a year before
    (
        "Net for the third quarter fell 20%. U.K. sales for last year's quarter were about $3 million.",
        "last year's quarter",
        "DATE",
        "2018-Q3",
    ),
    // "last year" closing a comparison of figures in a report on a quarter: that quarter
    (
        "Third-quarter net rose 12%. The benefits group posted earnings of $24 million, compared with a loss of $3 million last year.",
        "last year",
        "DATE",
        "2018-Q3",
    ),
    (
        "The candy businesses had sales of about $154 million last year.",
        "last year",
        "DATE",
        "2019",
    ),
    // in time of day, the day named in the parenthesis that restates it
    (
        "The blast occurred at 10:35 a.m. (0735 GMT) Friday.",
        "10:35 a.m.",
        "TIME",
        "2020-01-10T10:35",
    ),
    // a fronted "until" phrase takes the direction of the clause after it
    (
        "Until Thursday, investigators had not called Kopp a suspect.",
        "Thursday",
        "DATE",
        "2020-01-09",
    ),
    (
        "The offer was extended until Friday.",
        "Friday",
        "DATE",
        "2020-01-17",
    ),
    (
        "Traders squared positions ahead of the weekend.",
        "the weekend",
        "DATE",
        "2020-W03-WE",
    ),
    // "day-long", "decades-long": lengths of time
    (
        "Lawyers emerged from their third day-long meeting with federal officials.",
        "day-long",
        "DURATION",
        "P1D",
    ),
    (
        "The boy became a symbol of the government's decades-long battle with exiles.",
        "decades-long",
        "DURATION",
        "PXE",
    ),
    // spoken years
    (
        "It began in nineteen ninety-six.",
        "nineteen ninety-six",
        "DATE",
        "1996",
    ),
];

/// Why `expr` in `text`, resolved against `reference`, is not `kind` `value` (`None`: it is).
fn row_failure(text: &str, reference: &str, expr: &str, kind: &str, value: &str) -> Option<String> {
    let out = tag(text, Some(reference));
    let Some(m) = out.mentions.iter().find(|m| m.span.text == expr) else {
        let got: Vec<String> = out
            .mentions
            .iter()
            .map(|m| format!("{:?} {}", m.span.text, m.value))
            .collect();
        return Some(format!("{text:?}: {expr:?} not found; got {got:?}"));
    };
    let got_kind = serde_json::to_value(m.kind).unwrap();
    (got_kind != kind || m.value != value).then(|| {
        format!(
            "{text:?} ({reference}): {expr:?} → {got_kind} {} (want {kind} {value})",
            m.value
        )
    })
}

/// Fails with every failing row listed.
fn assert_no_failures(failures: &[String], rows: usize) {
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        rows,
        failures.join("\n")
    );
}

#[test]
fn every_row_resolves() {
    let failures: Vec<String> = ROWS
        .iter()
        .filter_map(|&(text, expr, kind, value)| row_failure(text, REF, expr, kind, value))
        .collect();
    assert_no_failures(&failures, ROWS.len());
}

/// (text, reference date, the mention's text, type, value): rows that need a reference
/// other than `REF` (earnings reports in late October, …).
const ROWS_AT: &[(&str, &str, &str, &str, &str)] = &[
    // after "the nine months", "a year earlier" is that period a year before: a year
    (
        "Third-quarter net rose 12% to $40 million. For the nine months, net was $110 million, compared with $98 million a year earlier.",
        "2019-10-24",
        "a year earlier",
        "DATE",
        "2018",
    ),
    (
        "In the first nine months, net was $306 million, compared with a loss of $195 million in the 2018 period.",
        "2019-10-24",
        "the 2018 period",
        "DATE",
        "2018",
    ),
    // a fiscal quarter may lie ahead of the calendar quarter of its number
    (
        "Sun earned $5.2 million in the fiscal first quarter. Sales in the latest period were $538.5 million.",
        "2019-10-24",
        "the latest period",
        "DATE",
        "2019-Q1",
    ),
    (
        "Ralston Purina reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion.",
        "2019-11-02",
        "the latest period",
        "DATE",
        "2019-Q4",
    ),
    (
        "Delta Air Lines earnings soared 33% in the fiscal first quarter. For the quarter ended Sept. 30, Delta posted net income of $133.1 million.",
        "2019-10-26",
        "the quarter",
        "DATE",
        "2019-Q1",
    ),
    (
        "Sun earned $5.2 million in the fiscal first quarter. In the 2018 period, the company earned $20.6 million.",
        "2019-10-26",
        "the 2018 period",
        "DATE",
        "2018-Q1",
    ),
];

#[test]
fn rows_with_their_own_reference_resolve() {
    let failures: Vec<String> = ROWS_AT
        .iter()
        .filter_map(|&(text, r, expr, kind, value)| row_failure(text, r, expr, kind, value))
        .collect();
    assert_no_failures(&failures, ROWS_AT.len());
}

/// Words that look temporal but are not, in these sentences.
const NEGATIVE: &[&str] = &[
    "Prices may fall.",
    "He is a 6-year-old boy.",
    "She will march to the capitol.",
    "The fall in prices hurt.",
    "He paid $1990 for it.",
    "Spring water is sold here.",
    "Investment in H2 production doubled.",
    "The H1 filter was replaced.",
    "The new election law passed.",
    "Labor unions protested.",
    "The current account deficit widened.",
    "He scored in the last half of the game.",
    // programme titles in quotation marks
    "Baker, speaking on ABC News' \"This Week,\" said the request was urgent.",
    "Gonzalez said on CBS's \"60 Minutes\" that the boy was abused.",
];

#[test]
fn non_temporal_words_are_left_alone() {
    for text in NEGATIVE {
        let out = tag(text, Some(REF));
        assert!(out.mentions.is_empty(), "{text:?} gave {:?}", out.mentions);
    }
}

#[test]
fn without_reference_values_stay_underspecified() {
    let out = tag(
        "The statement was issued on Saturday, a year after the talks.",
        None,
    );
    let sat = out
        .mentions
        .iter()
        .find(|m| m.span.text == "Saturday")
        .unwrap();
    assert_eq!(sat.value, "XXXX-WXX-6");
}

#[test]
fn a_year_phrase_after_a_month_belongs_to_it() {
    let out = tag(
        "The lower house approved the move in early October this year.",
        Some(REF),
    );
    let got: Vec<(&str, &str)> = out
        .mentions
        .iter()
        .map(|m| (m.span.text.as_str(), m.value.as_str()))
        .collect();
    assert_eq!(got, [("early October", "2020-10")]);
}

/// The (text, value) pairs of the mentions `tag` finds in `text` against `REF`.
fn mentions_of(text: &str) -> Vec<(String, String)> {
    tag(text, Some(REF))
        .mentions
        .into_iter()
        .map(|m| (m.span.text, m.value))
        .collect()
}

#[test]
fn days_listed_after_a_date_share_its_month() {
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        mentions_of("The summit will be held on April 24 and 25 in Washington."),
        pairs(&[("April 24", "2020-04-24"), ("25", "2020-04-25")])
    );
    assert_eq!(
        mentions_of("Talks are set for Feb. 3, 4 and 5."),
        pairs(&[
            ("Feb. 3", "2020-02-03"),
            ("4", "2020-02-04"),
            ("5", "2020-02-05")
        ])
    );
    assert_eq!(
        mentions_of("Trading resumes Jan. 16-17."),
        pairs(&[("Jan. 16", "2020-01-16"), ("17", "2020-01-17")])
    );
    // a number that counts something, a list that does not climb, a day the month lacks
    for text in [
        "On Jan. 4 and 25 people were hurt.",
        "On Jan. 4, 3 others were arrested.",
        "Shares rose on Jan. 8 and 2 percent more later.",
        "The deadlines are Feb. 28 and 30.",
    ] {
        let got = mentions_of(text);
        assert_eq!(got.len(), 1, "{text:?} gave {got:?}");
    }
}

#[test]
fn odd_input_does_not_panic() {
    let texts = [
        "",
        "-",
        "’",
        "'90",
        "the",
        "Q",
        "q9 2019",
        "at 3",
        "3 p.m",
        "Sept.",
        "fiscal",
        "the end of",
        "2011-07-",
        "99/99/9999",
        "1/2/3/4",
        "Mönday, 26 Jüly 2011 — “now” … 12:99 a.m. ½ year",
        "nineteen",
        "two thousand",
        "every",
        "a",
        "year-",
    ];
    for t in texts {
        for r in [Some(REF), None] {
            let out = tag(t, r);
            for m in &out.mentions {
                assert!(m.span.start < m.span.end, "{t:?}: {m:?}");
            }
        }
    }
}

#[test]
fn reference_is_inferred_from_a_dateline() {
    let out = tag(
        "LONDON, Feb 26 - Shares fell on Tuesday, the lowest since 1986.",
        None,
    );
    assert_eq!(out.reference.date.as_deref(), Some("1986-02-26"));
    let out = tag(
        "BONN, March 3, 1987 - The central bank met yesterday.",
        None,
    );
    assert_eq!(out.reference.date.as_deref(), Some("1987-03-03"));
    let yesterday = out
        .mentions
        .iter()
        .find(|m| m.span.text == "yesterday")
        .unwrap();
    assert_eq!(yesterday.value, "1987-03-02");
}
