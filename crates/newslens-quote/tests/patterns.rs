//! Attribution patterns, one short text per row: (text, [(type, content, cue, speaker, name)]).

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::{PartsMode, QuoteAnalyzer};

type Row = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

/// (type, content, cue, speaker mention, speaker name) of one found quote.
type Found = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn quotes(text: &str, parts: PartsMode) -> Vec<Found> {
    analyze(text, parts, false)
}

/// The quotes of `text`, with British-style single quotation marks read or not.
fn analyze(text: &str, parts: PartsMode, single_marks: bool) -> Vec<Found> {
    let doc = Document::new(Article::new("t", text));
    let ents = EntitiesAnalyzer::create(Options::empty("entities"))
        .unwrap()
        .entities(&doc);
    QuoteAnalyzer::new(parts, true)
        .with_single_marks(single_marks)
        .quotes(&doc, &ents)
        .quotes
        .into_iter()
        .map(|q| {
            (
                format!("{:?}", q.kind).to_lowercase(),
                q.content.span.text.clone(),
                q.cue.map(|c| c.text),
                q.speaker.as_ref().map(|s| s.span.text.clone()),
                q.speaker.and_then(|s| s.name),
            )
        })
        .collect()
}

fn check(text: &str, want: &[Row]) {
    compare(text, quotes(text, PartsMode::Split), want);
}

/// [`check`] with British-style single quotation marks read as quotes.
fn check_single(text: &str, want: &[Row]) {
    compare(text, analyze(text, PartsMode::Split, true), want);
}

fn compare(text: &str, got: Vec<Found>, want: &[Row]) {
    let want: Vec<_> = want
        .iter()
        .map(|(k, c, cue, s, n)| {
            (
                k.to_string(),
                c.to_string(),
                cue.map(String::from),
                s.map(String::from),
                n.map(String::from),
            )
        })
        .collect();
    assert_eq!(got, want, "\n{text}");
}

#[test]
fn direct_quotes() {
    let rows: &[(&str, &[Row])] = &[
        // inverted cue, appositive description
        (
            "“It was clear,” said Robert Manning, a senior fellow at the Atlantic Council.",
            &[("direct", "“It was clear,”", Some("said"), Some("Robert Manning"), Some("Robert Manning"))],
        ),
        // cue before, NYT marks, a title
        (
            "Sen. Ted Cruz told reporters: ''We will win this.''",
            &[("direct", "''We will win this.''", Some("told"), Some("Sen. Ted Cruz"), Some("Ted Cruz"))],
        ),
        // one attribution around two pieces; a continuation sentence
        (
            "\"We tried,\" Ms. Lee said, \"and we failed.\" \"It hurts.\"",
            &[
                ("direct", "\"We tried,\"", Some("said"), Some("Ms. Lee"), Some("Lee")),
                ("direct", "\"and we failed.\"", Some("said"), Some("Ms. Lee"), Some("Lee")),
                ("direct", "\"It hurts.\"", Some("said"), Some("Ms. Lee"), Some("Lee")),
            ],
        ),
        // a participle keeps the speaker; a pronoun resolves through entities
        (
            "Mary Jones said, “Prices will rise,” adding, “Wages will not.” She continued, “Sorry.”",
            &[
                ("direct", "“Prices will rise,”", Some("said"), Some("Mary Jones"), Some("Mary Jones")),
                ("direct", "“Wages will not.”", Some("adding"), Some("Mary Jones"), Some("Mary Jones")),
                ("direct", "“Sorry.”", Some("continued"), Some("She"), Some("Mary Jones")),
            ],
        ),
        // a signature line
        ("“Vote early.” ― Jorge Falcon", &[("direct", "“Vote early.”", Some("―"), Some("Jorge Falcon"), Some("Jorge Falcon"))]),
        // a title in quotation marks is no quote
        ("She appeared on MSNBC’s “Morning Joe” on Friday.", &[]),
        // the person named in a longer speaker phrase is its name, not the affiliation
        (
            "Professor Mark Hale of Northbridge University said the trial had not run long enough.",
            &[("indirect", "the trial had not run long enough", Some("said"), Some("Professor Mark Hale of Northbridge University"), Some("Mark Hale"))],
        ),
        // a definite role takes the name of the latest speaker with the same noun
        (
            "“Talks are for the banks,” a Treasury spokesman said.\n\n“The Chancellor was clear,” the spokesman added.",
            &[
                ("direct", "“Talks are for the banks,”", Some("said"), Some("a Treasury spokesman"), Some("Treasury")),
                ("direct", "“The Chancellor was clear,”", Some("added"), Some("the spokesman"), Some("Treasury")),
            ],
        ),
        // a quantifier before a noun is part of the speaker; alone it is the speaker
        (
            "“We are falling by our own hand,” said one Republican strategist. “Anything is possible,” one said.",
            &[
                ("direct", "“We are falling by our own hand,”", Some("said"), Some("one Republican strategist"), None),
                ("direct", "“Anything is possible,”", Some("said"), Some("one"), None),
            ],
        ),
    ];
    for (text, want) in rows {
        check(text, want);
    }
}

#[test]
fn indirect_and_mixed_quotes() {
    let rows: &[(&str, &[Row])] = &[
        (
            "North Korea has demanded that the U.S. relax sanctions.",
            &[(
                "indirect",
                "that the U.S. relax sanctions",
                Some("has demanded"),
                Some("North Korea"),
                Some("North Korea"),
            )],
        ),
        (
            "The economy will slow next year, said experts.",
            &[(
                "indirect",
                "The economy will slow next year",
                Some("said"),
                Some("experts"),
                None,
            )],
        ),
        (
            "Councillor Petter Lund, who voted against, said the money would have paid for two new bus lines.",
            &[(
                "indirect",
                "the money would have paid for two new bus lines",
                Some("said"),
                Some("Councillor Petter Lund"),
                Some("Petter Lund"),
            )],
        ),
        (
            "The plan is dead, according to two officials.",
            &[(
                "indirect",
                "The plan is dead",
                Some("according to"),
                Some("two officials"),
                None,
            )],
        ),
        (
            "Gause does not expect Trump to “offer concessions soon.”",
            &[(
                "mixed",
                "Trump to “offer concessions soon.”",
                Some("does not expect"),
                Some("Gause"),
                Some("Gause"),
            )],
        ),
        (
            "The senator said on Tuesday that the bill would pass, but aides were less sure.",
            &[(
                "indirect",
                "that the bill would pass",
                Some("said"),
                Some("The senator"),
                Some("The senator"),
            )],
        ),
        // a clause inside another attribution is part of it
        (
            "Smith said the report does not mean that taxes will rise.",
            &[(
                "indirect",
                "the report does not mean that taxes will rise",
                Some("said"),
                Some("Smith"),
                Some("Smith"),
            )],
        ),
        // nouns that look like cues are not cues
        (
            "The latest reports and his early tweets drew attention.",
            &[],
        ),
        ("But state law requires a different registration for charities.", &[]),
        ("Too many calls still roll over to backup centers.", &[]),
        // "called" naming what comes before is no cue; as a verb it is one
        ("Coal came from a mine built near a mountain stream called Miracle Run.", &[]),
        (
            "His nonprofit group, called the Virginia Conservation Legacy Fund, will still own the property.",
            &[],
        ),
        (
            "Representative James Clyburn, the third-ranking House Democrat, called Mr. Obama's remarks a wake-up call.",
            &[(
                "indirect",
                "Mr. Obama's remarks a wake-up call",
                Some("called"),
                Some("Representative James Clyburn"),
                Some("James Clyburn"),
            )],
        ),
    ];
    for (text, want) in rows {
        check(text, want);
    }
}

/// Attributions PolNeAR annotates beyond plain speech-verb clauses.
#[test]
fn broad_attributions() {
    let rows: &[(&str, &[Row])] = &[
        // a participle clause after the attribution is no attribution of its own
        (
            "An experimental malaria vaccine cut infections in young children by 77% over a year, researchers reported on Wednesday, raising hopes for a cheaper tool against a disease that kills more than 600,000 people annually.",
            &[(
                "indirect",
                "An experimental malaria vaccine cut infections in young children by 77% over a year",
                Some("reported"),
                Some("researchers"),
                None,
            )],
        ),
        // a progressive is the subject's cue, not a passive
        (
            "Donald Trump is demanding that the Justice Department release the files.",
            &[(
                "indirect",
                "that the Justice Department release the files",
                Some("is demanding"),
                Some("Donald Trump"),
                Some("Donald Trump"),
            )],
        ),
        (
            "The White House is saying that the revelations show the need for tax reform.",
            &[(
                "indirect",
                "that the revelations show the need for tax reform",
                Some("is saying"),
                Some("The White House"),
                Some("White House"),
            )],
        ),
        // a passive still is none
        ("The senator was told the bill would fail.", &[]),
        // vow, pledge, agree … with an infinitive content
        (
            "The Republican nominee also vowed to repeal the health care law.",
            &[(
                "indirect",
                "to repeal the health care law",
                Some("also vowed"),
                Some("The Republican nominee"),
                None,
            )],
        ),
        // tell: past the addressee and a place phrase; the verb may open a quotation
        (
            "Trump tells his supporters at a Michigan rally to “go to your place and vote.”",
            &[(
                "mixed",
                "to “go to your place and vote.”",
                Some("tells"),
                Some("Trump"),
                Some("Trump"),
            )],
        ),
        // "to" before a noun phrase is no infinitive
        ("The city has agreed to the terms of the settlement.", &[]),
        // a noun-phrase object of cite, propose, mention … is the content
        (
            "Trump cited problems in the Middle East that he blamed on the policies of President Obama.",
            &[(
                "indirect",
                "problems in the Middle East that he blamed on the policies of President Obama",
                Some("cited"),
                Some("Trump"),
                Some("Trump"),
            )],
        ),
        (
            "She is proposing marquee projects like installing 500 million solar panels.",
            &[(
                "indirect",
                "marquee projects like installing 500 million solar panels",
                Some("is proposing"),
                Some("She"),
                None,
            )],
        ),
        (
            "Polls show a close contest in the state.",
            &[(
                "indirect",
                "a close contest in the state",
                Some("show"),
                Some("Polls"),
                None,
            )],
        ),
        // the addressee of "told" ends before the clause's subject pronoun
        (
            "Trump told the forum he was \"totally against the war in Iraq\" because it destabilized the region.",
            &[(
                "mixed",
                "he was \"totally against the war in Iraq\" because it destabilized the region",
                Some("told"),
                Some("Trump"),
                Some("Trump"),
            )],
        ),
        // a content ends before a closing non-restrictive relative clause, not before an
        // embedded one
        (
            "He said he expects Clinton to fully recover from her bout with pneumonia, which forced her to leave early.",
            &[(
                "indirect",
                "he expects Clinton to fully recover from her bout with pneumonia",
                Some("said"),
                Some("He"),
                None,
            )],
        ),
        (
            "Officials said the plan, which was announced Monday, would cost billions.",
            &[(
                "indirect",
                "the plan, which was announced Monday, would cost billions",
                Some("said"),
                Some("Officials"),
                None,
            )],
        ),
        // a title-case headline: capitalized cue words are verbs there
        (
            "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.\n\nNew Jersey Gov. Chris Christie spoke on Tuesday.",
            &[(
                "mixed",
                "Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments",
                Some("Calls"),
                Some("Chris Christie"),
                Some("Chris Christie"),
            )],
        ),
        (
            "Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke on Monday.",
            &[(
                "indirect",
                "Trump Could Address Clean Energy",
                Some("Says"),
                Some("Lindsey Graham"),
                Some("Lindsey Graham"),
            )],
        ),
        // "According to X, …" opening a clause: the source runs to the comma
        (
            "According to a civil complaint filed by the Securities and Exchange Commission, the developers engaged in a fraudulent scheme.",
            &[(
                "indirect",
                "the developers engaged in a fraudulent scheme",
                Some("According to"),
                Some("a civil complaint filed by the Securities and Exchange Commission"),
                Some("Securities and Exchange Commission"),
            )],
        ),
        (
            "It has not gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote.",
            &[(
                "indirect",
                "Trump holds only 14 percent of the Latino vote",
                Some("According to"),
                Some("recent polls"),
                None,
            )],
        ),
        // a trailing "according to" keeps the attribution nested in its clause
        (
            "Bloomberg reports that the Republican nominee has won among voters making $100,000 or more, according to the Roper Center.",
            &[
                (
                    "indirect",
                    "Bloomberg reports that the Republican nominee has won among voters making $100,000 or more",
                    Some("according to"),
                    Some("the Roper Center"),
                    Some("Roper Center"),
                ),
                (
                    "indirect",
                    "that the Republican nominee has won among voters making $100,000 or more",
                    Some("reports"),
                    Some("Bloomberg"),
                    Some("Bloomberg"),
                ),
            ],
        ),
        // a claim noun after its possessor, with a that-clause
        (
            "Politifact did a fact-check on Donald Trump’s claim that there have been thousands of shootings in Chicago.",
            &[(
                "indirect",
                "that there have been thousands of shootings in Chicago",
                Some("claim"),
                Some("Donald Trump’s"),
                Some("Donald Trump"),
            )],
        ),
        (
            "Contrary to his claim that people would learn nothing, there would be a wealth of information.",
            &[(
                "indirect",
                "that people would learn nothing",
                Some("claim"),
                Some("his"),
                None,
            )],
        ),
        // sourceless evidentials: the clause around the cue is the content
        (
            "The politician seemed to be shrinking in political stature.",
            &[(
                "indirect",
                "The politician seemed to be shrinking in political stature",
                Some("seemed"),
                None,
                None,
            )],
        ),
        (
            "Trump is expected to deliver a victory speech later tonight.",
            &[(
                "indirect",
                "Trump is expected to deliver a victory speech later tonight",
                Some("is expected"),
                None,
                None,
            )],
        ),
        // not an appearance, nor a reduced relative clause
        ("He appeared on television on Sunday.", &[]),
        ("His prospects are clouded by the trial Trump is expected to face in the Senate.", &[]),
        // a name or a pronoun alone is enough for a stance verb's object
        (
            "The chatter may simmer down now that Cruz has endorsed Trump.",
            &[("indirect", "Trump", Some("has endorsed"), Some("Cruz"), Some("Cruz"))],
        ),
        (
            "The senator criticized them.",
            &[(
                "indirect",
                "them",
                Some("criticized"),
                Some("The senator"),
                Some("The senator"),
            )],
        ),
        // but not of other speech verbs, nor a particle verb
        ("Trump has touted his personal relationship with Kim.", &[]),
        ("Protesters showed up at the debate.", &[]),
        // a content ends before a coordinated or comma-joined clause with its own cue
        (
            "Donald J. Trump has vowed to bring back lost mining jobs, and Hillary Clinton is promising to help mining communities transition out of coal.",
            &[
                (
                    "indirect",
                    "to bring back lost mining jobs",
                    Some("has vowed"),
                    Some("Donald J. Trump"),
                    Some("Donald J. Trump"),
                ),
                (
                    "indirect",
                    "to help mining communities transition out of coal",
                    Some("is promising"),
                    Some("Hillary Clinton"),
                    Some("Hillary Clinton"),
                ),
            ],
        ),
        (
            "Aides insisted that the president would campaign in Ohio, the White House has acknowledged that his help is needed.",
            &[
                (
                    "indirect",
                    "that the president would campaign in Ohio",
                    Some("insisted"),
                    Some("Aides"),
                    None,
                ),
                (
                    "indirect",
                    "that his help is needed",
                    Some("has acknowledged"),
                    Some("the White House"),
                    Some("White House"),
                ),
            ],
        ),
        // an interposed cue: the clause goes on after it, with its verb or a conjunction
        (
            "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
            &[
                ("indirect", "Lenox was a juggernaut", Some("said"), Some("Mr. Clarke"), Some("Clarke")),
                (
                    "indirect",
                    "until it went bankrupt in 1999",
                    Some("said"),
                    Some("Mr. Clarke"),
                    Some("Clarke"),
                ),
            ],
        ),
        // … but not with a cue of its own
        (
            "The plan will cost billions, he said, adding that it would pay for itself.",
            &[
                ("indirect", "The plan will cost billions", Some("said"), Some("he"), None),
                ("indirect", "that it would pay for itself", Some("adding"), Some("he"), None),
            ],
        ),
        // a clause before a trailing cue keeps the attribution nested in it
        (
            "Secret Service protocol called for the nominee to be taken to a trauma center, sources said.",
            &[
                (
                    "indirect",
                    "Secret Service protocol called for the nominee to be taken to a trauma center",
                    Some("said"),
                    Some("sources"),
                    None,
                ),
                (
                    "indirect",
                    "the nominee to be taken to a trauma center",
                    Some("called for"),
                    Some("Secret Service protocol"),
                    Some("Secret Service"),
                ),
            ],
        ),
        // a speaker label: a headline, turns of a transcript
        (
            "Pat Caddell: Democrat Voters Worried About Clinton's Health.\n\nThe pollster spoke on Sunday.",
            &[(
                "indirect",
                "Democrat Voters Worried About Clinton's Health",
                Some(":"),
                Some("Pat Caddell"),
                Some("Pat Caddell"),
            )],
        ),
        (
            "The debate went on.\n\nWALLACE: Do you really see those two as equivalent?\n\nPENCE: Well, look, nobody does.",
            &[
                (
                    "indirect",
                    "Do you really see those two as equivalent",
                    Some(":"),
                    Some("WALLACE"),
                    Some("WALLACE"),
                ),
                ("indirect", "Well, look, nobody does", Some(":"), Some("PENCE"), Some("PENCE")),
            ],
        ),
        // labels of another kind, tallies
        ("Correction: An earlier version of this article misstated the date.", &[]),
        ("The count so far.\n\nClinton: 547.", &[]),
        // a short subject before an interposed cue, its clause after it
        (
            "The museum, Mr. Obama said, would make visitors face uncomfortable truths.",
            &[
                ("indirect", "The museum", Some("said"), Some("Mr. Obama"), Some("Obama")),
                (
                    "indirect",
                    "would make visitors face uncomfortable truths",
                    Some("said"),
                    Some("Mr. Obama"),
                    Some("Obama"),
                ),
            ],
        ),
    ];
    for (text, want) in rows {
        check(text, want);
    }
}

/// Pieces of one direct quote across a longer adverbial or a title in quotation marks.
#[test]
fn direct_pieces_across_adverbials_and_titles() {
    let got = quotes(
        "\"I think Lester Holt will be very fair,\" Trump said during a rally in Kenansville, N.C., \"but a lot of people are going to be watching.\"",
        PartsMode::Split,
    );
    assert_eq!(got.len(), 2);
    assert!(got
        .iter()
        .all(|q| q.2.as_deref() == Some("said") && q.3.as_deref() == Some("Trump")));
    let got = quotes(
        "\"There is a severe disconnect,\" Flynn, a top Trump surrogate, said Thursday morning on Fox News’s “Fox and Friends.” “I mean, there is a lot of frustration.”",
        PartsMode::Split,
    );
    let texts: Vec<&str> = got.iter().map(|q| q.1.as_str()).collect();
    assert_eq!(
        texts,
        [
            "\"There is a severe disconnect,\"",
            "“I mean, there is a lot of frustration.”"
        ]
    );
    assert!(got.iter().all(|q| q.3.as_deref() == Some("Flynn")));
}

#[test]
fn joined_parts() {
    let got = quotes("“A start,” he said, “not an end.”", PartsMode::Join);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "“A start,” he said, “not an end.”");
    assert_eq!(got[0].0, "direct");
}

/// A cue inside a non-restrictive relative clause keeps to that clause: the verb after
/// its closing comma is the main clause's cue, with the subject before the clause.
#[test]
fn relative_clause_cue_leaves_the_main_attribution() {
    check(
        "Board member Dana Cole, who voted for the plan, said the savings would “fall on the workers who earn the least.”",
        &[
            ("indirect", "the plan", Some("voted for"), Some("who"), Some("Dana Cole")),
            (
                "mixed",
                "the savings would “fall on the workers who earn the least.”",
                Some("said"),
                Some("Board member Dana Cole"),
                Some("Dana Cole"),
            ),
        ],
    );
}

/// A dateline opening the paragraph (a place in capitals, or a place and a date, before
/// a dash) is not part of the content before a trailing cue.
/// A dateline is neither content nor part of the speaker after it.
#[test]
fn dateline_is_not_content() {
    let rows: &[(&str, &[Row])] = &[
        (
            "OSLORIA — Farmers in the northern valley began the harvest two weeks early after a dry summer, local officials said.",
            &[(
                "indirect",
                "Farmers in the northern valley began the harvest two weeks early after a dry summer",
                Some("said"),
                Some("local officials"),
                None,
            )],
        ),
        (
            "LONDON, March 2 - The Bank of England said it forecast a shortage of around 800 mln stg in the money market today.",
            &[(
                "indirect",
                "it forecast a shortage of around 800 mln stg in the money market today",
                Some("said"),
                Some("The Bank of England"),
                Some("Bank of England"),
            )],
        ),
        (
            "DENVER, April 3 - The utility raised its rates for the first time in a decade, regulators said.",
            &[(
                "indirect",
                "The utility raised its rates for the first time in a decade",
                Some("said"),
                Some("regulators"),
                None,
            )],
        ),
    ];
    for (text, want) in rows {
        check(text, want);
    }
}

/// A speaker phrase ending in a passive participle keeps its "by" agent.
#[test]
fn passive_participle_keeps_its_agent() {
    check(
        "Sales fell by a third in the spring, according to a memo obtained by the Daily Ledger.",
        &[(
            "indirect",
            "Sales fell by a third in the spring",
            Some("according to"),
            Some("a memo obtained by the Daily Ledger"),
            Some("Daily Ledger"),
        )],
    );
}

/// A time adverbial between the cue and a that-less clause (or an infinitive) is
/// skipped.
#[test]
fn time_adverbial_before_a_thatless_clause() {
    let rows: &[(&str, &[Row])] = &[
        (
            "Northwind Airlines said on Monday it would drop four routes and retire its oldest jets by the end of the year.",
            &[(
                "indirect",
                "it would drop four routes and retire its oldest jets by the end of the year",
                Some("said"),
                Some("Northwind Airlines"),
                Some("Northwind Airlines"),
            )],
        ),
        (
            "The regulator said last week the new rules would take effect in June.",
            &[(
                "indirect",
                "the new rules would take effect in June",
                Some("said"),
                Some("The regulator"),
                None,
            )],
        ),
        (
            "The senator vowed last month to block the nomination.",
            &[(
                "indirect",
                "to block the nomination",
                Some("vowed"),
                Some("The senator"),
                Some("The senator"),
            )],
        ),
    ];
    for (text, want) in rows {
        check(text, want);
    }
}

/// A cue coordinated with "and" after another verb phrase takes the subject of that
/// phrase, cut before its verb.
#[test]
fn coordinated_cue_takes_the_clause_subject() {
    let rows: &[(&str, &[Row])] = &[
        (
            "The city council raised parking fees by 10% on Monday and said the money would go to road repairs.",
            &[(
                "indirect",
                "the money would go to road repairs",
                Some("said"),
                Some("The city council"),
                None,
            )],
        ),
        (
            "The school board approved the budget and warned that class sizes would grow.",
            &[(
                "indirect",
                "that class sizes would grow",
                Some("warned"),
                Some("The school board"),
                None,
            )],
        ),
    ];
    for (text, want) in rows {
        check(text, want);
    }
}

/// "who" after a name, an appositive and a comma resolves to the name.
#[test]
fn relative_pronoun_speaker_takes_its_antecedent_name() {
    check(
        "Prices could keep rising through the winter, cautioned Omar Haddad, a senior analyst at Crestline Partners, who said demand remained strong.",
        &[
            (
                "indirect",
                "Prices could keep rising through the winter",
                Some("cautioned"),
                Some("Omar Haddad"),
                Some("Omar Haddad"),
            ),
            ("indirect", "demand remained strong", Some("said"), Some("who"), Some("Omar Haddad")),
        ],
    );
}

#[test]
fn a_quoted_title_with_a_number_continues_no_quote() {
    check(
        "“We will rebuild,” Mayor Ann Cole said.\n\n“Route 66 Revival” was written by a local \
band after the 1999 flood.",
        &[(
            "direct",
            "“We will rebuild,”",
            Some("said"),
            Some("Mayor Ann Cole"),
            Some("Ann Cole"),
        )],
    );
}

#[test]
fn a_negated_auxiliary_belongs_to_the_cue() {
    check(
        "The senators won't support the bill. She couldn't explain the decision.",
        &[
            (
                "indirect",
                "the bill",
                Some("won't support"),
                Some("The senators"),
                None,
            ),
            (
                "indirect",
                "the decision",
                Some("couldn't explain"),
                Some("She"),
                None,
            ),
        ],
    );
}

#[test]
fn the_one_quoted_as_saying_speaks() {
    check(
        "The spokesman quoted Wallis as saying the talks went well. The agency quoted a \
government official saying exports would rise.",
        &[
            (
                "indirect",
                "the talks went well",
                Some("saying"),
                Some("Wallis"),
                Some("Wallis"),
            ),
            (
                "indirect",
                "exports would rise",
                Some("saying"),
                Some("a government official"),
                None,
            ),
        ],
    );
}

#[test]
fn british_single_quotes_are_direct_quotes_when_asked() {
    let text = "'We are not out of the woods yet,' he told lawmakers.";
    let direct = |single: bool| -> Vec<String> {
        analyze(text, PartsMode::Split, single)
            .into_iter()
            .filter(|q| q.0 == "direct")
            .map(|q| q.1)
            .collect()
    };
    assert_eq!(direct(true), ["'We are not out of the woods yet,'"]);
    // off by default: American sources quote headlines in single marks
    assert!(direct(false).is_empty());
}

#[test]
fn british_single_quotes_are_read_with_the_speaker() {
    check_single(
        "Rishi Sunak said the economy would recover. 'We are not out of the woods yet,' he \
told lawmakers.",
        &[
            (
                "indirect",
                "the economy would recover",
                Some("said"),
                Some("Rishi Sunak"),
                Some("Rishi Sunak"),
            ),
            (
                "direct",
                "'We are not out of the woods yet,'",
                Some("told"),
                Some("he"),
                Some("Rishi Sunak"),
            ),
        ],
    );
}

#[test]
fn the_subject_of_an_absolute_with_phrase_speaks() {
    check(
        "The protesters marched downtown, with organizers saying the city had ignored them.",
        &[(
            "indirect",
            "the city had ignored them",
            Some("saying"),
            Some("organizers"),
            None,
        )],
    );
}

#[test]
fn a_participle_inside_the_with_phrase_is_no_cue_of_its_subject() {
    // "reporting" and "threatening" belong to the noun phrase ("reporting requirements",
    // "life threatening diseases"), and "offering" is a noun: no speaker from "with"
    let found = quotes(
        "Patients with life threatening diseases who are not enrolled were told to wait. \
The bank will go ahead with its debt offering, but declined to specify when.",
        PartsMode::Split,
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].3.as_deref(), Some("The bank"), "{found:?}");
    for q in &found {
        let speaker = q.3.as_deref();
        assert!(
            !matches!(speaker, Some("life") | Some("its debt")),
            "{found:?}"
        );
    }
}

#[test]
fn a_name_modifying_a_noun_cue_is_no_speaker() {
    // "show" and "report" are the nouns of these phrases, not verbs whose subject is the
    // name before them
    let found = quotes(
        "In a clip from Ann Lee’s upcoming Apple Music show The Hour, the singer performs a \
ballad. The OECD's monthly Financial Market Trends report said bank lending rose 34 pct.",
        PartsMode::Split,
    );
    let cues: Vec<_> = found.iter().map(|q| q.2.as_deref()).collect();
    assert_eq!(cues, [Some("said")], "{found:?}");
    assert_eq!(found[0].1, "bank lending rose 34 pct");
}

#[test]
fn object_contents_passives_and_closing_phrases() {
    // (text, content, cue, speaker mention) of the one quote found
    let rows: &[(&str, &str, &str, &str)] = &[
        // a passive with a source: the subject is the content, the agent the speaker
        (
            "The registration issue was first reported by The Washington Post.",
            "The registration issue",
            "was first reported",
            "The Washington Post",
        ),
        // an inverted generic source with a phrase closing the sentence
        (
            "Republicans were angry. The meeting deteriorated from there, said one GOP \
source in the room.",
            "The meeting deteriorated from there",
            "said",
            "one GOP source in the room",
        ),
        // ", he said" after a cue's comma is another attribution
        (
            "The plant runs on coal. Those discussions are continuing, he said.",
            "Those discussions are continuing",
            "said",
            "he",
        ),
        // a day's part in the time adverbial before the comma
        (
            "The economy is weak, top lawmakers said Friday afternoon, as they met in \
Washington.",
            "The economy is weak",
            "said",
            "top lawmakers",
        ),
        // an object content ends before a participial clause …
        (
            "Trump is once again questioning the integrity of the voting system, encouraging \
his supporters to visit polling places.",
            "the integrity of the voting system",
            "is once again questioning",
            "Trump",
        ),
        // … and before a coordinated verb phrase
        (
            "The director chastised Clinton for use of the server but did not recommend \
prosecution.",
            "Clinton for use of the server",
            "chastised",
            "The director",
        ),
    ];
    for (text, content, cue, speaker) in rows {
        let found = quotes(text, PartsMode::Split);
        assert_eq!(found.len(), 1, "{text}\n{found:?}");
        assert_eq!(found[0].1, *content, "{text}");
        assert_eq!(found[0].2.as_deref(), Some(*cue), "{text}");
        assert_eq!(found[0].3.as_deref(), Some(*speaker), "{text}");
    }
    // an agent that names no source is no speaker
    assert!(quotes("Prices were supported by strong demand.", PartsMode::Split).is_empty());
}

/// A firm's name keeps a parenthetical and a lower-case legal form or head inside it.
#[test]
fn firm_names_with_brackets_and_lower_case_heads_are_whole_speakers() {
    for (text, speaker) in [
        (
            "The coupon on the bond has been set at three pct, lead manager Nikko Securities Co (Europe) Ltd said.",
            "lead manager Nikko Securities Co (Europe) Ltd",
        ),
        (
            "PASADENA, Calif., March 4 - Jacobs Engineering group Inc said its shareholders approved the merger.",
            "Jacobs Engineering group Inc",
        ),
    ] {
        let got = quotes(text, PartsMode::Split);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].3.as_deref(), Some(speaker), "{text}: {got:?}");
    }
}

#[test]
fn and_joining_the_contents_subject_keeps_the_clause_whole() {
    check(
        "He said the United States and its allies will seek new U.N. sanctions.",
        &[(
            "indirect",
            "the United States and its allies will seek new U.N. sanctions",
            Some("said"),
            Some("He"),
            None,
        )],
    );
    check(
        "Repligen said the Food and Drug Administration approved the test.",
        &[(
            "indirect",
            "the Food and Drug Administration approved the test",
            Some("said"),
            Some("Repligen"),
            Some("Repligen"),
        )],
    );
}

#[test]
fn and_after_a_clause_still_opens_a_new_attribution() {
    let found = quotes(
        "The company said it has filed a motion and it intends to appeal if the motion is \
denied.",
        PartsMode::Split,
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "it has filed a motion", "{found:?}");
    assert_eq!(found[1].2.as_deref(), Some("intends"), "{found:?}");
}

#[test]
fn a_name_with_and_speaking_after_a_comma_ends_the_content() {
    let found = quotes(
        "Citing increasing financial strength, S and P said it affirmed the debt ratings.",
        PartsMode::Split,
    );
    assert!(
        found.iter().any(|q| q.1 == "increasing financial strength"),
        "{found:?}"
    );
}

#[test]
fn a_quoted_phrase_inside_a_clause_is_no_quote_of_the_verb_after_it() {
    check(
        "Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests \
that the city supports the campaign.",
        &[(
            "mixed",
            "that the advertisement “unmistakably and wrongfully” suggests that the city supports \
the campaign",
            Some("said"),
            Some("Holm"),
            Some("Holm"),
        )],
    );
    // a quotation opening its sentence still takes the cue after it
    check(
        "“Never” says the mayor.",
        &[(
            "direct",
            "“Never”",
            Some("says"),
            Some("the mayor"),
            Some("the mayor"),
        )],
    );
}

#[test]
fn the_main_subject_speaks_a_participle_past_a_time_adverbial() {
    check(
        "A federal judge on Friday temporarily blocked a Texas law, saying the measure likely \
violates the rights of patients.",
        &[(
            "indirect",
            "the measure likely violates the rights of patients",
            Some("saying"),
            Some("A federal judge"),
            None,
        )],
    );
}

#[test]
fn a_verb_of_intent_opening_a_name_is_no_cue() {
    let found = quotes(
        "Planned Parenthood, which joined the lawsuit last year, welcomed the ruling.",
        PartsMode::Split,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_request_for_anonymity_is_no_quote() {
    check(
        "A bank official, who asked not to be identified, said the loan would be repaid. \
Congressional aides who declined to be named said the bill would pass. The source asked \
that his name not be used.",
        &[
            (
                "indirect",
                "the loan would be repaid",
                Some("said"),
                Some("A bank official"),
                None,
            ),
            (
                "indirect",
                "the bill would pass",
                Some("said"),
                Some("Congressional aides"),
                None,
            ),
        ],
    );
}

#[test]
fn a_negated_infinitive_is_the_content() {
    check(
        "Taxes were high. He vowed not to raise them.",
        &[(
            "indirect",
            "not to raise them",
            Some("vowed"),
            Some("He"),
            None,
        )],
    );
}

#[test]
fn a_role_toward_a_person_is_not_that_person() {
    check(
        "An aide to Agriculture Secretary Richard Lyng said the offer was near. A spokesman \
for Exxon Corp said the plant was closed. Margaret Ellison died on Tuesday. Her lawyer said \
the will was valid. His son, Michael Brown, said he was proud. Finance Minister Edouard \
Balladur is undecided. His office said he would decide soon.",
        &[
            (
                "indirect",
                "the offer was near",
                Some("said"),
                Some("An aide to Agriculture Secretary Richard Lyng"),
                None,
            ),
            (
                "indirect",
                "the plant was closed",
                Some("said"),
                Some("A spokesman for Exxon Corp"),
                Some("Exxon Corp"),
            ),
            (
                "indirect",
                "the will was valid",
                Some("said"),
                Some("Her lawyer"),
                None,
            ),
            (
                "indirect",
                "he was proud",
                Some("said"),
                Some("His son"),
                Some("Michael Brown"),
            ),
            (
                "indirect",
                "he would decide soon",
                Some("said"),
                Some("His office"),
                Some("Edouard Balladur"),
            ),
        ],
    );
}

#[test]
fn a_coordinated_cue_skips_a_subject_inside_an_earlier_object() {
    check(
        "The foreign ministry accused rebel forces of violating a truce agreed in March and \
said its troops had only returned fire.",
        &[
            (
                "indirect",
                "rebel forces of violating a truce agreed in March",
                Some("accused"),
                Some("The foreign ministry"),
                None,
            ),
            (
                "indirect",
                "its troops had only returned fire",
                Some("said"),
                Some("The foreign ministry"),
                None,
            ),
        ],
    );
}

#[test]
fn arguing_a_case_in_court_is_no_quote() {
    check(
        "She argued the case before the Supreme Court. Margaret Ellison, a lawyer who argued \
school desegregation cases across the South, died on Tuesday. He argued the case was weak.",
        &[(
            "indirect",
            "the case was weak",
            Some("argued"),
            Some("He"),
            None,
        )],
    );
}

#[test]
fn a_trailing_according_to_source_runs_to_the_sentence_end() {
    check(
        "Walkers were 30 percent less likely to die of heart disease, according to a study \
published on Wednesday in The Lancet. Consumer prices rose 3 percent in May, according to \
figures from the statistics office.",
        &[
            (
                "indirect",
                "Walkers were 30 percent less likely to die of heart disease",
                Some("according to"),
                Some("a study published on Wednesday in The Lancet"),
                None,
            ),
            (
                "indirect",
                "Consumer prices rose 3 percent in May",
                Some("according to"),
                Some("figures from the statistics office"),
                None,
            ),
        ],
    );
}

#[test]
fn a_time_alone_is_no_content() {
    check(
        "Banks conceded shortly after midnight. The agency reported earlier today. The union \
warned in March that a strike was near.",
        &[(
            "indirect",
            "that a strike was near",
            Some("warned"),
            Some("The union"),
            None,
        )],
    );
}

#[test]
fn a_cue_noun_before_a_verb_of_change_is_no_cue() {
    check(
        "The yield on the 10-year Treasury note rose to 4.49%. Durable goods orders fell 2 \
percent in May. Analysts note that yields rose.",
        &[(
            "indirect",
            "that yields rose",
            Some("note"),
            Some("Analysts"),
            None,
        )],
    );
}

#[test]
fn a_common_word_opening_the_sentence_names_no_speaker() {
    check(
        "Data on Thursday showed claims fell. Azpurua said the talks were going well.",
        &[
            (
                "indirect",
                "claims fell",
                Some("showed"),
                Some("Data"),
                None,
            ),
            (
                "indirect",
                "the talks were going well",
                Some("said"),
                Some("Azpurua"),
                Some("Azpurua"),
            ),
        ],
    );
}

#[test]
fn a_relative_pronoun_is_no_passive_content() {
    check(
        "The start-up, which is backed by Microsoft, said it would cooperate fully.",
        &[(
            "indirect",
            "it would cooperate fully",
            Some("said"),
            Some("The start-up"),
            None,
        )],
    );
}
