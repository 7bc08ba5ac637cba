//! Entity detection and linking on short news articles written for these tests.

use newslens_core::output::entities::{EntityKind, Gender, MentionKind};
use newslens_core::output::EntitiesOutput;
use newslens_core::{Analyzer, Article, Document, Options, Span};
use newslens_entities::EntitiesAnalyzer;

fn run(text: &str) -> (Document, EntitiesOutput) {
    let a = EntitiesAnalyzer::create(Options::empty("entities")).unwrap();
    let doc = Document::new(Article::new("t", text));
    let out = a.entities(&doc);
    (doc, out)
}

/// Whether `out` holds a person named `name`.
fn is_person(out: &EntitiesOutput, name: &str) -> bool {
    out.entities
        .iter()
        .any(|e| e.name == name && e.kind == EntityKind::Person)
}

/// Asserts that each of `names` is an entity of `kind` in `out`.
fn assert_kind(out: &EntitiesOutput, kind: EntityKind, names: &[&str]) {
    for name in names {
        let found = out.by_name(name).map(|e| e.kind);
        assert_eq!(found, Some(kind), "{name}: {:#?}", out.entities);
    }
}

/// Asserts that the `nth` occurrence of `needle` is a mention of the entity `name`.
fn assert_refers(doc: &Document, out: &EntitiesOutput, (needle, nth): (&str, usize), name: &str) {
    assert_eq!(
        entity_of(doc, out, needle, nth),
        Some(name),
        "{needle} #{nth}: {out:?}"
    );
}

/// The entity whose mention covers the `nth` occurrence of `needle`.
fn entity_of<'o>(
    doc: &Document,
    out: &'o EntitiesOutput,
    needle: &str,
    nth: usize,
) -> Option<&'o str> {
    let start = doc.text().match_indices(needle).nth(nth)?.0;
    out.entity_at(Span::new(start, start + needle.len()))
        .map(|e| e.name.as_str())
}

const WARREN: &str = "WASHINGTON — Sen. Elizabeth Warren of Massachusetts said on Tuesday that the Federal Reserve had failed consumers. She called for an inquiry into Wells Fargo & Co.\n\
Secretary of State Mike Pompeo met Chinese Foreign Minister Wang Yi in Beijing. Pompeo told reporters the talks were productive, and the ministry said in a statement it welcomed them.\n\
Mary Jones, a professor of economics at Stanford University, said analysts expect the bank to pay a fine. \"They have no choice,\" Jones said. She added that the Securities and Exchange Commission (SEC) was also investigating.\n\
Asked about the probe, Warren's spokesman declined to comment. Over the past year, U.S. officials have warned Beijing repeatedly. The senator has not responded.\n";

#[test]
fn names_titles_and_types() {
    let (_, out) = run(WARREN);
    let rows: &[(&str, EntityKind, Option<&str>)] = &[
        ("Elizabeth Warren", EntityKind::Person, Some("Sen.")),
        (
            "Mike Pompeo",
            EntityKind::Person,
            Some("Secretary of State"),
        ),
        (
            "Wang Yi",
            EntityKind::Person,
            Some("Chinese Foreign Minister"),
        ),
        (
            "Mary Jones",
            EntityKind::Person,
            Some("a professor of economics at Stanford University"),
        ),
        ("Wells Fargo & Co", EntityKind::Organization, None),
        (
            "Securities and Exchange Commission",
            EntityKind::Organization,
            None,
        ),
        ("Stanford University", EntityKind::Organization, None),
        ("Massachusetts", EntityKind::Place, None),
        ("Beijing", EntityKind::Place, None),
        ("U.S. officials", EntityKind::Group, None),
        ("analysts", EntityKind::Group, None),
    ];
    for (name, kind, desc) in rows {
        let e = out.by_name(name).unwrap_or_else(|| {
            panic!(
                "{name} not found: {:#?}",
                out.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        });
        assert_eq!(e.kind, *kind, "{name}");
        assert_eq!(e.description.as_deref(), *desc, "{name}");
    }
    // sentence-initial common words are not names
    for not in ["Asked", "Over", "The"] {
        assert!(out.entities.iter().all(|e| e.name != not), "{not}");
    }
}

#[test]
fn surnames_acronyms_pronouns_nominals() {
    let (doc, out) = run(WARREN);
    let rows: &[(&str, usize, Option<&str>)] = &[
        ("She", 0, Some("Elizabeth Warren")),
        ("Pompeo", 1, Some("Mike Pompeo")),
        ("Jones", 1, Some("Mary Jones")),
        ("She", 1, Some("Mary Jones")),
        ("SEC", 0, Some("Securities and Exchange Commission")),
        ("Warren's spokesman", 0, Some("Warren's spokesman")),
        ("Warren", 1, Some("Elizabeth Warren")),
        ("The senator", 0, Some("Elizabeth Warren")),
        ("They", 0, None), // inside quotation marks: not resolved
    ];
    for (needle, nth, want) in rows {
        assert_eq!(
            entity_of(&doc, &out, needle, *nth),
            *want,
            "{needle} #{nth}"
        );
    }
    let warren = out.by_name("Elizabeth Warren").unwrap();
    assert_eq!(warren.gender, Some(Gender::Female));
    assert!(warren
        .mentions
        .iter()
        .any(|m| m.kind == MentionKind::Pronoun));
}

const VOA: &str = "The personal relationship between North Korean leader Kim Jong Un and U.S. President Donald Trump has no impact on Pyongyang’s stance, said experts.\n\
“The statement was very clear,” said Robert Manning, a senior fellow at the Atlantic Council.\n\
Kim Kye Gwan, first vice foreign minister of North Korea, arrives at John F. Kennedy International Airport. The Korean Central News Agency (KCNA) issued the statement.\n\
Ken Gause, director of the Adversary Analytics Program at CNA, said Kim will not end the relationship.\n\
Gause said, “That is not likely to happen until he is re-elected.” He continued, “No progress.”\n";

#[test]
fn korean_names_and_appositives() {
    let (doc, out) = run(VOA);
    let trump = out.by_name("Donald Trump").unwrap();
    assert_eq!(trump.description.as_deref(), Some("U.S. President"));
    let kim = out.by_name("Kim Jong Un").unwrap();
    assert_eq!(kim.description.as_deref(), Some("North Korean leader"));
    assert_eq!(
        out.by_name("Robert Manning")
            .unwrap()
            .description
            .as_deref(),
        Some("a senior fellow at the Atlantic Council")
    );
    assert_eq!(
        out.by_name("Ken Gause").unwrap().description.as_deref(),
        Some("director of the Adversary Analytics Program at CNA")
    );
    assert_eq!(
        out.by_name("Kim Kye Gwan").unwrap().kind,
        EntityKind::Person
    );
    assert_eq!(
        out.by_name("John F. Kennedy International Airport")
            .unwrap()
            .kind,
        EntityKind::Place
    );
    // "Kim" alone goes to the leader named first, not to the later Kim Kye Gwan
    assert_eq!(
        entity_of(&doc, &out, "Kim will", 0).or(entity_of(&doc, &out, "Kim", 3)),
        Some("Kim Jong Un")
    );
    assert_eq!(
        entity_of(&doc, &out, "KCNA", 0),
        Some("Korean Central News Agency")
    );
    assert_eq!(entity_of(&doc, &out, "Gause", 1), Some("Ken Gause"));
    // "he" inside the quote is not resolved; "He continued" goes to Gause
    assert_eq!(
        entity_of(&doc, &out, "He continued", 0).or(entity_of(&doc, &out, "He", 0)),
        Some("Ken Gause")
    );
    assert_eq!(entity_of(&doc, &out, "experts", 0), Some("experts"));
}

#[test]
fn options_are_validated() {
    let mut values = serde_json::Map::new();
    values.insert("pronoun".into(), true.into());
    assert!(EntitiesAnalyzer::create(Options::new("entities", values)).is_err());
    let mut values = serde_json::Map::new();
    values.insert("places".into(), false.into());
    let a = EntitiesAnalyzer::create(Options::new("entities", values)).unwrap();
    let doc = Document::new(Article::new("t", VOA));
    assert!(a
        .entities(&doc)
        .entities
        .iter()
        .all(|e| e.kind != EntityKind::Place));
}

#[test]
fn headline_verbs_end_names() {
    let (doc, out) = run(
        "Chris Christie Calls Hillary Clinton 'A Disgrace' Over Police Shooting Comments.\n\n\
         Trump Could Address Clean Energy, Lindsey Graham Says.\n\n\
         The United States and the Justice Department declined to comment.\n",
    );
    assert_eq!(
        entity_of(&doc, &out, "Chris Christie", 0),
        Some("Chris Christie")
    );
    assert_eq!(
        entity_of(&doc, &out, "Lindsey Graham", 0),
        Some("Lindsey Graham")
    );
    assert!(out
        .entities
        .iter()
        .all(|e| !e.name.contains("Calls") && !e.name.contains("Says")));
    // a plural noun of a name is no verb
    assert_eq!(
        entity_of(&doc, &out, "United States", 0),
        Some("United States")
    );
    // common headline verbs and title-case auxiliaries end a name too, but not an
    // organisation's ("Turkiye Is Bankasi") nor in all-capital text; so does a
    // title-case preposition after a first name and a surname
    let (doc, out) = run(concat!(
        "Read more: Kris Kobach Was Found In Contempt Of Court.\n\n",
        "Read more: Ben Carson Throws Support Behind Donald Trump.\n\n",
        "The private Turkiye Is Bankasi said profits rose.\n\n",
        "Read more: Sean Spicer Under Fire After Falsely Claims.\n",
    ));
    // (the verb's object is cut at its preposition: "Donald Trump")
    for name in [
        "Sean Spicer",
        "Kris Kobach",
        "Ben Carson",
        "Donald Trump",
        "Turkiye Is Bankasi",
    ] {
        assert_eq!(entity_of(&doc, &out, name, 0), Some(name), "{name}");
    }
}

/// A hard-wrapped wire story in the style of the Reuters archive: an all-capital
/// dateline, names broken over lines, "General" inside company names, price tables with
/// months and currencies after a place, and the capital wire copy puts after "U.S.".
const WIRE: &str = "NEW YORK, March 2 - General Motors Corp said its sales in West\n\
Germany and the Far East rose in February, officials said, while sales in the United\n\
States fell, the company told reporters at the New York Stock Exchange.\n    \
The Treasury said the dollar traded at 1.82 marks, and Chancellor of the\n\
Exchequer Nigel Lawson said sterling was firm against 6.28 billion U.S. Dlrs\n\
held abroad. The General Agreement on Tariffs and Trade was not discussed.\n    \
Butter went at 2.27 times New York May and the Class A shares were steady.\n    \
Some U.S. Officials said the Justice Department would review the sale, and\n\
lead manager Nomura International Ltd said the bonds would be priced today.\n";

#[test]
fn wire_copy_names_are_typed() {
    let (doc, out) = run(WIRE);
    let rows: &[(&str, EntityKind)] = &[
        ("NEW YORK", EntityKind::Place),
        ("General Motors Corp", EntityKind::Organization),
        ("West Germany", EntityKind::Place),
        ("Far East", EntityKind::Place),
        ("United States", EntityKind::Place),
        ("New York Stock Exchange", EntityKind::Organization),
        ("Treasury", EntityKind::Organization),
        ("Nigel Lawson", EntityKind::Person),
        ("Justice Department", EntityKind::Organization),
        ("Nomura International Ltd", EntityKind::Organization),
    ];
    let names = || out.entities.iter().map(|e| &e.name).collect::<Vec<_>>();
    for (name, kind) in rows {
        let e = out
            .by_name(name)
            .unwrap_or_else(|| panic!("{name} not found: {:#?}", names()));
        assert_eq!(e.kind, *kind, "{name}");
    }
    // no person named after a place, a table word, a treaty or a share class
    for e in out.entities.iter().filter(|e| e.kind == EntityKind::Person) {
        assert_eq!(e.name, "Nigel Lawson", "unexpected person: {:#?}", names());
    }
    // the place before a month or a currency, and before a capitalized common word,
    // is a mention of its own (linked to the dateline's New York, to the United States)
    let kind_at = |needle: &str, nth: usize| {
        let name = entity_of(&doc, &out, needle, nth)
            .unwrap_or_else(|| panic!("no entity at {needle} #{nth}: {:#?}", names()));
        out.by_name(name).map(|e| e.kind)
    };
    assert_eq!(kind_at("New York", 1), Some(EntityKind::Place));
    assert_eq!(kind_at("U.S.", 0), Some(EntityKind::Place));
    assert_eq!(kind_at("U.S.", 1), Some(EntityKind::Place));
    for not in [
        "Agreement",
        "Class A",
        "York May",
        "Motors Corp",
        "U.S. Dlrs",
        "Department",
    ] {
        assert!(
            out.entities.iter().all(|e| e.name != not),
            "{not}: {:#?}",
            names()
        );
    }
}

#[test]
fn titles_and_months_that_belong_to_a_name_stay() {
    let (_, out) = run(
        "Prime Minister Theresa May said on Tuesday that the vote would come in May. \
         General Manuel Noriega was not mentioned, and Mrs. May left for Brussels.\n",
    );
    let may = out.by_name("Theresa May").expect("Theresa May");
    assert_eq!(may.kind, EntityKind::Person);
    let noriega = out.by_name("Manuel Noriega").expect("Manuel Noriega");
    assert_eq!(noriega.kind, EntityKind::Person);
}

#[test]
fn it_who_which_and_firm_names_link() {
    let (doc, out) = run(
        "NEW YORK, March 3 - Standard Oil Co and BP North America Inc said they would \
         form a venture. Chrysler Corp said its sales rose 5 pct in February.\n    \
         It said the increase reflected strong demand, and it also said prices would \
         rise. It is expected that the market will improve.\n    \
         The plan was backed by James Baker, who said it would help exports, and by the \
         Federal Reserve, which said rates would not change. Standard and Poor's Corp \
         cut the rating. It said the outlook was negative, and Moody's Investors Service \
         Inc agreed. Japan's \
         Finance Ministry declined to comment.\n",
    );
    let names = || out.entities.iter().map(|e| &e.name).collect::<Vec<_>>();
    // two firms joined by "and" after a legal form stay two
    for name in ["Standard Oil Co", "BP North America Inc"] {
        assert!(out.by_name(name).is_some(), "{name}: {:#?}", names());
    }
    // a possessive inside a firm's name, but not after a place
    assert_kind(
        &out,
        EntityKind::Organization,
        &["Standard and Poor's Corp", "Moody's Investors Service Inc"],
    );
    assert!(out.by_name("Japan").is_some() && out.by_name("Finance Ministry").is_some());
    // "it" before a speech verb is the organisation; other "it"s are left alone
    assert_eq!(entity_of(&doc, &out, "It said", 0), Some("Chrysler Corp"));
    assert_eq!(entity_of(&doc, &out, "it also", 0), Some("Chrysler Corp"));
    assert_eq!(entity_of(&doc, &out, "It is", 0), None);
    assert_eq!(entity_of(&doc, &out, "it would help", 0), None);
    assert_eq!(
        entity_of(&doc, &out, "It said", 1),
        Some("Standard and Poor's Corp")
    );
    // a relative pronoun after a name and a comma is that name
    assert_eq!(entity_of(&doc, &out, "who", 0), Some("James Baker"));
    assert_eq!(entity_of(&doc, &out, "which", 0), Some("Federal Reserve"));
}

#[test]
fn bare_surnames_are_people_but_not_their_wire_look_alikes() {
    let (doc, out) = run(
        "Republicans in Iowa criticized Cruz on Tuesday, and voters there preferred \
         Sanders by a wide margin.\n\n\
         WILTON, Conn, March 2 - Net profit rose 12 pct, Goldman, Sachs and Co said.\n    \
         NOTE: Cash flow was 19.5 mln dlrs.\n    \
         Sales 3.65 billion crowns vs 3.40 billion.\n",
    );
    let names = || out.entities.iter().map(|e| &e.name).collect::<Vec<_>>();
    assert_kind(&out, EntityKind::Person, &["Cruz", "Sanders"]);
    for not in ["Conn", "Goldman", "Cash", "Sales"] {
        assert!(!is_person(&out, not), "{not}: {:#?}", names());
    }
    assert_eq!(entity_of(&doc, &out, "Cruz", 0), Some("Cruz"));
}

#[test]
fn lone_names_shown_by_their_context_are_people() {
    // names in no list: a possessive, an entourage noun, the subject of a verb; at a
    // sentence's start only with a possessive or a later "he"/"his"
    for (text, name) in [
        ("Analysts said Zorvath’s plan was costly.", "Zorvath"),
        (
            "Critics of the Zorvath administration met on Monday.",
            "Zorvath",
        ),
        ("Voters said Zorvath has broken his word.", "Zorvath"),
        // a sentence's speaker, even one that is also a first name
        (
            "Kendall said the State Department is uniquely positioned to respond.",
            "Kendall",
        ),
        ("Officials believe Zorvath dismissed the report.", "Zorvath"),
        (
            "Zorvath has faced criticism over his refusal to testify.",
            "Zorvath",
        ),
        ("Zorvath’s allies rejected the claim.", "Zorvath"),
        // a relative "who" or an age after a comma, the sentence's start too
        (
            "Zorvath, who served under two governors, saw a similar pattern.",
            "Zorvath",
        ),
        ("Kelvath, 41, lives on a quiet cul-de-sac.", "Kelvath"),
        // joined by "and" to a person with a known gender, either way round
        (
            "The cameras showed an empty podium between Obama and O'Zorvath.",
            "O'Zorvath",
        ),
        ("Zorvath and Bernie Sanders spoke on Monday.", "Zorvath"),
    ] {
        let (_, out) = run(text);
        let e = out
            .by_name(name)
            .unwrap_or_else(|| panic!("{text}: {:#?}", out.entities));
        assert_eq!(e.kind, EntityKind::Person, "{text}");
    }
    // common nouns opening a sentence, plurals, codes, a noun after "the", the second
    // name of a firm, a place after "in"
    for (text, not) in [
        ("Turnover was 12 mln dlrs in the quarter.", "Turnover"),
        ("Analysts said the Americans will object.", "Americans"),
        (
            "Delivery of the first MD-11 is scheduled for 1990.",
            "MD-11",
        ),
        (
            "Officials said the Community is faced with a deficit.",
            "Community",
        ),
        (
            "The issue is rated AAA by Standard and Poor's and secured by bonds.",
            "Poor",
        ),
        ("A strike in Vorlund was called off on Monday.", "Vorlund"),
        // a party tag, a rating
        (
            "Support came from Sen. James McClure, R-Idaho, who agreed.",
            "R-Idaho",
        ),
        ("The notes are A-rated, who knows why.", "A-rated"),
        // the head of a longer name, a family firm, a place prefix that is a first name
        (
            "Talks between Jim Baker and Economy Minister Juan Sourrouille ended.",
            "Economy",
        ),
        ("The issue is underwritten by Jim Were and Son.", "Son"),
        (
            "Rain fell in Buenos Aires and Santa Fe provinces.",
            "Santa Fe",
        ),
    ] {
        let (_, out) = run(text);
        assert!(!is_person(&out, not), "{text}: {:#?}", out.entities);
    }
}

#[test]
fn a_pronoun_takes_the_actor_of_its_clause_not_a_possessor() {
    let text = "WASHINGTON, March 2 - President Ronald Reagan's nominee as director of the \
Central Intelligence Agency, Robert Gates, withdrew his name from consideration by the Senate.\n\
The American Soybean Association met on Friday. At the association's annual meeting, \
ASA leaders refused to change their position.\n\
Former senator Howard Baker was in the room as President Ronald Reagan made his comments.\n";
    let (doc, out) = run(text);
    assert_eq!(entity_of(&doc, &out, "his", 0), Some("Robert Gates"));
    assert_eq!(entity_of(&doc, &out, "their", 0), Some("ASA leaders"));
    // in its own clause first
    assert_eq!(entity_of(&doc, &out, "his", 1), Some("Ronald Reagan"));
}

#[test]
fn a_first_sentence_pronoun_with_no_name_before_is_a_person() {
    let (_, out) = run("He also donated $50,000 to the committee, and his aides said so.");
    let he = out
        .by_name("He")
        .unwrap_or_else(|| panic!("{:#?}", out.entities));
    assert_eq!(he.kind, EntityKind::Person);
    assert_eq!(he.mentions.len(), 2, "{:#?}", he.mentions);
    // later in an article such a pronoun stands for an unnamed role: no entity
    let (_, out) = run("Prices rose, a company spokesman said.\n\nHe said output fell.");
    assert!(out.by_name("He").is_none(), "{:#?}", out.entities);
}

#[test]
fn a_quoted_opening_pronoun_is_a_person_apart_from_the_speaker() {
    let (_, out) = run("“He is not afraid of his critics,” he said.");
    let people: Vec<_> = out
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect();
    // the one spoken of (two mentions in the quote) and the speaker
    assert_eq!(people.len(), 2, "{:#?}", out.entities);
    assert_eq!(people[0].mentions.len(), 2, "{:#?}", people[0].mentions);
    assert_eq!(people[1].mentions.len(), 1, "{:#?}", people[1].mentions);
}

#[test]
fn an_opening_pronoun_after_a_quoted_name_or_one_of_the_other_gender_is_a_person() {
    for (text, pronoun) in [
        ("“Donald Trump just got nuked,” he said.", "he"),
        ("“Trump is unfit for office,” she said.", "she"),
        ("Mr. Harris was searching for a job, she said.", "she"),
    ] {
        let (_, out) = run(text);
        assert!(
            out.by_name(pronoun)
                .is_some_and(|e| e.kind == EntityKind::Person),
            "{text}: {:#?}",
            out.entities
        );
    }
}

#[test]
fn a_lone_name_the_article_shows_as_a_firm_or_place_is_no_person() {
    for (text, word, kind) in [
        (
            "Southland Corp's Citgo Petroleum Corp raised prices.\n\nOn Monday Citgo lowered its postings.",
            "Citgo",
            Some(EntityKind::Organization),
        ),
        ("Delivery will take two weeks. Aiwa's machine, the cheapest, is listed at 188,000 yen.", "Aiwa", Some(EntityKind::Organization)),
        ("Greek ships entered the Aegean Sea.\n\nTurkey said Greek activity in the north Aegean contravened the accord.", "Aegean", Some(EntityKind::Place)),
        ("Harlow said integrating DatagraphiX would cost more.", "DatagraphiX", None),
        ("In an article in today's Handelsblatt daily, Steckhan said so.", "Handelsblatt", None),
        ("The 12-nation Community also charged the agreement gave U.S. producers an edge.", "Community", None),
        // an appositive that calls the name a firm
        ("El Paso Gas, a subsidiary of Burlington Northern, has expressed no interest.", "El Paso Gas", Some(EntityKind::Organization)),
        ("Chesapeake Biological, a private company, owns 55 pct of the venture.", "Chesapeake Biological", Some(EntityKind::Organization)),
    ] {
        let (_, out) = run(text);
        let got = out
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.span.text == word))
            .map(|e| e.kind);
        assert!(
            got == kind || kind.is_none() && got != Some(EntityKind::Person),
            "{text}: {:#?}",
            out.entities
        );
    }
    // "X, the company said" is a clause, and a first name keeps a person a person
    let (_, out) = run("The talks failed, said Robert Gibson, the company said.\n");
    assert!(is_person(&out, "Robert Gibson"), "{:#?}", out.entities);
    // an age is no counted noun: the name after it stays a person
    let (_, out) =
        run("Iraqi lawmakers met on Sunday. The 76-year-old Abdul-Mahdi has served since 2018.\n");
    assert!(is_person(&out, "Abdul-Mahdi"), "{:#?}", out.entities);
    // a surname with a capital inside stays a person
    let (_, out) = run("Voters said McSally also said no.");
    assert!(
        out.entities.iter().any(|e| e.kind == EntityKind::Person),
        "{:#?}",
        out.entities
    );
}

#[test]
fn a_contracted_pronoun_is_a_pronoun_without_its_auxiliary() {
    let (_, out) = run("I think she’ll sign a clean bill.");
    let she = out
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Person)
        .unwrap_or_else(|| panic!("{:#?}", out.entities));
    assert_eq!(she.mentions[0].span.text, "she");
}

#[test]
fn plural_possessives_inside_organisation_names() {
    for text in [
        "Mara Jensen, who leads the Halvik Dockworkers’ Union, said the deal was fair.",
        "Mara Jensen, who leads the Halvik Dockworkers' Union, said the deal was fair.",
    ] {
        let (_, out) = run(text);
        let union = out
            .entities
            .iter()
            .find(|e| e.name.starts_with("Halvik Dockworkers"))
            .expect("the union");
        assert_eq!(union.kind, EntityKind::Organization, "{text}");
        assert!(union.name.ends_with("Union"), "{}", union.name);
    }
}

#[test]
fn the_company_is_the_organisation_the_story_is_about() {
    let text = "DENVER, April 1 - Arcadia Holdings Inc said it sold its pipeline unit to \
Prairie Petroleum Co for 38 mln dlrs.\n    The company said it expects a small profit on \
the sale.\n    Prairie Petroleum Co is based in Midland, Texas. The company said the unit \
will be merged into its western division.\n";
    let (doc, out) = run(text);
    // the seller, subject of the story's first sentence, not the buyer named last
    assert_refers(&doc, &out, ("The company", 0), "Arcadia Holdings Inc");
    // a later subject takes over
    assert_refers(&doc, &out, ("The company", 1), "Prairie Petroleum Co");
}

#[test]
fn state_initials_in_datelines_are_places() {
    let text = "PEARL RIVER, N.Y., April 8 - Tagline Corp said it acquired a label maker \
in Newark, N.J., and a plant in Charleston, W.Va., for undisclosed terms.\n";
    let (_, out) = run(text);
    assert_kind(&out, EntityKind::Place, &["N.Y.", "N.J.", "W.Va."]);
}

#[test]
fn datelines_give_one_place_and_nothing_else() {
    // A firm's initials opening a later paragraph ("GM, which …") look like a dateline's
    // place but are followed by no date or dash: the dateline is only "DETROIT".
    let text = "DETROIT, March 3 - General Motors Corp told employees it was reducing the \
funds available for merit raises.\n    GM, which has been taking steps to cut costs, said in \
a letter it cut the amount available for raises.\n";
    let (_, out) = run(text);
    let kind = |name: &str| out.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("DETROIT"), Some(EntityKind::Place), "{out:?}");
    assert_ne!(kind("GM"), Some(EntityKind::Place), "{out:?}");
    // a dateline's place is one name, whatever its words ("NEW" is a common word, "ST."
    // an abbreviation), and the firm after it is the story's subject
    let text = "ST. LOUIS, March 5 - Yellow Freight System Inc said its first quarter \
profits will be below last year's.\n    The company said bad weather hurt its shipments.\n";
    let (doc, out) = run(text);
    let kind = |name: &str| out.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("ST. LOUIS"), Some(EntityKind::Place), "{out:?}");
    assert_refers(&doc, &out, ("The company", 0), "Yellow Freight System Inc");
    let (_, out) = run("NEW YORK, March 3 - Pfizer Inc said it raised its dividend.\n");
    let kind = |name: &str| out.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("NEW YORK"), Some(EntityKind::Place), "{out:?}");
    // the state after the place is a place too, the agency in brackets is not
    let (_, out) = run(
        "ST. LOUIS, MO., March 5 (Reuters) - Yellow Freight System Inc said \
its profits fell.\n",
    );
    let kind = |name: &str| out.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("MO"), Some(EntityKind::Place), "{out:?}");
    assert_eq!(kind("Reuters"), Some(EntityKind::Organization), "{out:?}");
}

#[test]
fn firms_named_after_people_and_oil_grades_are_no_people() {
    let text = "NEW YORK, March 3 - Merrill Lynch Capital Markets said it would lead the \
offering, and S and P said it may cut the issuer's rating. Moody's said it agreed.\n    \
West Texas Intermediate crude rose 20 cts, said Smith Barney analyst Ann Lee.\n";
    let (_, out) = run(text);
    let kind = |name: &str| out.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(
        kind("Merrill Lynch Capital Markets"),
        Some(EntityKind::Organization),
        "{out:?}"
    );
    assert_eq!(kind("S and P"), Some(EntityKind::Organization), "{out:?}");
    assert_eq!(kind("Moody"), Some(EntityKind::Organization), "{out:?}");
    assert_eq!(kind("Ann Lee"), Some(EntityKind::Person), "{out:?}");
    assert!(
        out.entities
            .iter()
            .all(|e| e.kind != EntityKind::Person || e.name == "Ann Lee"),
        "{out:?}"
    );
}

#[test]
fn a_heading_of_common_words_is_no_name() {
    let text = "Signature Issue: Mr. Ban focused on climate change as a signature issue \
shortly after assuming his post, said Caryn Wilson, a researcher.\n";
    let (_, out) = run(text);
    assert!(
        out.entities.iter().all(|e| e.name != "Signature Issue"),
        "{out:?}"
    );
    assert!(out.entities.iter().any(|e| e.name == "Caryn Wilson"));
}

#[test]
fn name_particles_place_prefixes_and_papers() {
    let text = "Osama bin Laden declared war in 1996. The San Bernardino attack and a flood in \
Fort Worth made headlines in the San Francisco Chronicle. In 2000, militants attacked the \
USS Cole.\n";
    let (_, out) = run(text);
    let kind = |name: &str| out.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("Osama bin Laden"), Some(EntityKind::Person), "{out:?}");
    assert_eq!(kind("San Bernardino"), Some(EntityKind::Place), "{out:?}");
    assert_eq!(kind("Fort Worth"), Some(EntityKind::Place), "{out:?}");
    assert_eq!(
        kind("San Francisco Chronicle"),
        Some(EntityKind::Organization),
        "{out:?}"
    );
    assert!(
        out.entities.iter().all(|e| !e.name.contains("Cole")),
        "{out:?}"
    );
}

#[test]
fn a_name_broken_across_lines_is_the_same_entity() {
    let text = "Cocoa prices rose in New York on Monday. Dealers in New\nYork said West \
German buyers were waiting.\n";
    let (_, out) = run(text);
    let named = |name: &str| out.entities.iter().filter(|e| e.name == name).count();
    assert_eq!(named("New York"), 1, "{out:?}");
    let ny = out.entities.iter().find(|e| e.name == "New York").unwrap();
    assert_eq!(ny.mentions.len(), 2, "{out:?}");
}

#[test]
fn a_firm_named_by_its_first_word_is_the_firm() {
    let text = "NEW YORK, March 2 - Mobil Corp's chemical unit said it will enter the food \
packaging market. Mobil said it will begin making clear containers next year, and Shearson \
Lehman Brothers Inc said it expects sales to grow. Analysts said Shearson was cautious.\n";
    let (doc, out) = run(text);
    assert_refers(&doc, &out, ("Mobil", 1), "Mobil Corp");
    assert_refers(&doc, &out, ("Shearson", 1), "Shearson Lehman Brothers Inc");
    assert!(
        out.entities.iter().all(|e| e.kind != EntityKind::Person),
        "{out:?}"
    );
}

#[test]
fn a_firm_named_by_its_last_word_is_the_firm() {
    // "Kodak" for "Eastman Kodak Co"; not a surname closing a name taken in with an
    // association's ("Coffee Trade Association Carlos Calmon")
    let text = "ROCHESTER, N.Y., March 3 - Eastman Kodak Co said it would cut prices. \
Analysts said Kodak made a good start in the market.\n    Coffee Trade Association Carlos \
Calmon said exports fell. Calmon said prices would rise.\n";
    let (doc, out) = run(text);
    assert_refers(&doc, &out, ("Kodak", 1), "Eastman Kodak Co");
    assert_ne!(
        out.entities
            .iter()
            .find(|e| e.name.contains("Association"))
            .map(|e| e.mentions.len()),
        Some(2),
        "{out:?}"
    );
}

#[test]
fn an_adjective_or_acronym_opening_an_organisation_is_part_of_its_name() {
    let text = "WASHINGTON, March 3 - The International Monetary Fund said growth would slow, \
and the National Security Council met. The IMF said it expects a recovery.\n    AM \
International Inc said profits rose. E.F. Hutton Group Inc agreed; Hutton said so too.\n";
    let (doc, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &[
            "International Monetary Fund",
            "National Security Council",
            "AM International Inc",
        ],
    );
    assert_refers(&doc, &out, ("IMF", 0), "International Monetary Fund");
    assert_refers(&doc, &out, ("Hutton", 1), "E.F. Hutton Group Inc");
}

#[test]
fn a_title_cut_from_its_name_is_no_person() {
    let text = "\"Market conditions must now be re-evaluated,\" said Arthur Miller, the bank's \
Vice President for Financial Communications. Jean-Claude Paye, Director General of the \
Organization for Economic Cooperation and Development, agreed. Dr. King spoke later.\n";
    let (_, out) = run(text);
    let names: Vec<&str> = out.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"President"), "{names:?}");
    assert!(!names.contains(&"General"), "{names:?}");
    let king = out.entities.iter().find(|e| e.name == "King");
    assert_eq!(king.map(|e| e.kind), Some(EntityKind::Person), "{names:?}");
}

#[test]
fn who_after_an_appositive_is_the_name_before_it() {
    let text = "Rita Das, chief economist at Meridian Bank, who has followed the central bank \
for years, said the rise was temporary.\n";
    let (doc, out) = run(text);
    assert_refers(&doc, &out, ("who", 0), "Rita Das");
}

#[test]
fn legal_forms_and_trade_words_make_firms_and_the_sign_off_is_no_entity() {
    let text = "TOKYO, March 3 - NV Philips Gloeilampenfabrieken signed a supply deal with \
Toshin Steel Co Ltd, the U.S. Embassy said.\n\nToshin Steel said output would rise, and \
Colonial Realty and Banque Paribas agreed. Paribas said it was pleased.\n\nREUTER\n";
    let (doc, out) = run(text);
    let kind = |name: &str| out.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    for firm in [
        "NV Philips Gloeilampenfabrieken",
        "Toshin Steel Co Ltd",
        "U.S. Embassy",
        "Colonial Realty",
        "Banque Paribas",
    ] {
        assert_eq!(
            kind(firm),
            Some(EntityKind::Organization),
            "{firm}: {out:?}"
        );
    }
    assert_refers(&doc, &out, ("Toshin Steel", 1), "Toshin Steel Co Ltd");
    assert_refers(&doc, &out, ("Paribas", 1), "Banque Paribas");
    assert!(out.entities.iter().all(|e| e.name != "REUTER"), "{out:?}");
}

#[test]
fn a_title_complement_is_no_name_and_a_titled_bank_is_a_bank() {
    let text = "Minister of State for Foreign Affairs Boutros Boutros Ghali said talks would \
resume. Robert Studer, President of Union Bank of Switzerland, agreed.\n";
    let (_, out) = run(text);
    let kind = |name: &str| out.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(
        kind("Union Bank of Switzerland"),
        Some(EntityKind::Organization),
        "{out:?}"
    );
    assert!(
        out.entities.iter().all(|e| !e.name.starts_with("for ")),
        "{out:?}"
    );
}

#[test]
fn it_acting_as_a_firm_is_that_firm() {
    let (doc, out) = run(
        "HOUSTON, March 3 - Unocal Corp said it plans to open 40 truck service centers. \
         It did not say what they would cost.\n    \
         In a filing with the Securities and Exchange Commission, Harris Associates Inc \
         said it bought 36,700 Builders Transport Inc common shares. It has also said it \
         may buy more.\n    \
         Texaco Inc reported higher profits. John Smith, an analyst, said it plans to cut \
         costs. The index fell, and it rose again later.\n",
    );
    // "it" before an organisation's verb, directly or after auxiliaries and "not"
    assert_eq!(entity_of(&doc, &out, "it plans", 0), Some("Unocal Corp"));
    assert_eq!(entity_of(&doc, &out, "It did not", 0), Some("Unocal Corp"));
    // the speaker of "X said it", not the organisation after "with"
    assert_eq!(
        entity_of(&doc, &out, "it bought", 0),
        Some("Harris Associates Inc")
    );
    assert_eq!(
        entity_of(&doc, &out, "It has also", 0),
        Some("Harris Associates Inc")
    );
    // a person's "it" is the firm of the story, not the person
    assert_eq!(entity_of(&doc, &out, "it plans", 1), Some("Texaco Inc"));
    // verbs of change are no organisation's acts
    assert_eq!(entity_of(&doc, &out, "it rose", 0), None);
}

#[test]
fn wire_brackets_do_not_hide_the_name_before_which() {
    let (doc, out) = run(
        "TORONTO, March 4 - <Omnibus Computer Graphics Inc>, which earlier said it is in \
         default, plans to sell assets.\n    \
         A second bid has come from the electronics group Siemens AG <SIEG.F>, which \
         hopes to take a 20 pct stake.\n",
    );
    assert_eq!(
        entity_of(&doc, &out, "which", 0),
        Some("Omnibus Computer Graphics Inc")
    );
    assert_eq!(entity_of(&doc, &out, "which", 1), Some("Siemens AG"));
}

#[test]
fn organisation_nouns_name_their_organisation_but_not_inside_a_longer_noun() {
    let (doc, out) = run(
        "NEW YORK, March 3 - The New York Stock Exchange said trading was heavy. The \
         exchange said volume rose.\n    \
         Trans World Airlines Inc said traffic rose. The airline said fares would rise.\n    \
         The bank holding company said costs fell, and the fund manager said the foreign \
         exchange reserves were ample.\n",
    );
    let names = || out.entities.iter().map(|e| &e.name).collect::<Vec<_>>();
    assert_eq!(
        entity_of(&doc, &out, "The exchange", 0),
        Some("New York Stock Exchange"),
        "{:#?}",
        names()
    );
    // "airline" names "Airlines"
    assert_eq!(
        entity_of(&doc, &out, "The airline", 0),
        Some("Trans World Airlines Inc")
    );
    // heads of longer nouns and money are no organisations
    for phrase in ["The bank", "the fund", "foreign exchange"] {
        assert_eq!(
            entity_of(&doc, &out, phrase, 0),
            None,
            "{phrase}: {:#?}",
            names()
        );
    }
}

#[test]
fn possessive_roles_are_typed_by_their_noun_and_stop_at_a_preposition() {
    let (_, out) = run(
        "WASHINGTON, March 4 - President Reagan denounced reports of Nancy Reagan's role in \
         government. Suharto's government said the talks would go on, Kim Jong Un's \
         advisers met in Hanoi and Kim Jong Un's advisor said so.\n",
    );
    let names = || {
        out.entities
            .iter()
            .map(|e| (&e.name, e.kind))
            .collect::<Vec<_>>()
    };
    let kind = |name: &str| {
        out.by_name(name)
            .unwrap_or_else(|| panic!("{name}: {:#?}", names()))
            .kind
    };
    assert_eq!(kind("Suharto's government"), EntityKind::Organization);
    assert_eq!(kind("Kim Jong Un's advisers"), EntityKind::Group);
    assert_eq!(kind("Kim Jong Un's advisor"), EntityKind::Person);
    assert!(
        out.entities.iter().all(|e| !e.name.contains("role in")),
        "{:#?}",
        names()
    );
}

#[test]
fn public_figures_named_alone_are_people() {
    // a listed public figure is a person wherever it stands, with the list's gender
    let (doc, out) = run("Trump in the interview also touched on voter fraud, and met Putin.");
    for name in ["Trump", "Putin"] {
        let e = out.by_name(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(e.kind, EntityKind::Person, "{name}");
        assert_eq!(e.gender, Some(Gender::Male), "{name}");
    }
    assert_eq!(entity_of(&doc, &out, "Trump", 0), Some("Trump"));
    // not where the text writes the word in lower case, nor a firm's or a town's first
    // word before a comma
    for (text, not) in [
        ("Trump said the deal was his trump card.", "Trump"),
        (
            "The offering will be underwritten by Ryan, Beck and Co.",
            "Ryan",
        ),
        (
            "It has a plant in Clinton, Tenn., and one in Ohio.",
            "Clinton",
        ),
    ] {
        let (_, out) = run(text);
        assert!(!is_person(&out, not), "{text}");
    }
}

#[test]
fn the_projects_people_named_alone_are_people() {
    let text = "Voters in the district backed Quibrell over Zandvoort.";
    // not known by default: lone capitalized words with no cue
    let (_, out) = run(text);
    assert!(out.by_name("Quibrell").is_none(), "{:#?}", out.entities);
    // the `people` option names them: a full name gives the gender of its first word
    let mut values = serde_json::Map::new();
    values.insert(
        "people".into(),
        serde_json::json!(["Mary Quibrell", "Zandvoort"]),
    );
    let a = EntitiesAnalyzer::create(Options::new("entities", values)).unwrap();
    let doc = Document::new(Article::new("t", text));
    let out = a.entities(&doc);
    let quibrell = out.by_name("Quibrell").expect("Quibrell");
    assert_eq!(quibrell.kind, EntityKind::Person);
    assert_eq!(quibrell.gender, Some(Gender::Female));
    let zandvoort = out.by_name("Zandvoort").expect("Zandvoort");
    assert_eq!(zandvoort.kind, EntityKind::Person);
    assert_eq!(zandvoort.gender, None);
    // a value that is no list of strings is a configuration error naming the option
    let mut values = serde_json::Map::new();
    values.insert("people".into(), serde_json::json!("Quibrell"));
    let err = EntitiesAnalyzer::create(Options::new("entities", values)).unwrap_err();
    assert!(err.to_string().contains("people"), "{err}");
}

#[test]
fn an_office_named_by_its_role_alone_is_a_person() {
    // no one named by the title: the role is a person of its own, its possessive too
    let text =
        "“They’re not even trying,” the president said. Critics slammed the president’s record.";
    let (doc, out) = run(text);
    assert_eq!(
        entity_of(&doc, &out, "the president", 0),
        Some("the president")
    );
    assert_eq!(
        entity_of(&doc, &out, "the president", 1),
        Some("the president")
    );
    let e = out
        .entities
        .iter()
        .find(|e| e.name == "the president")
        .unwrap();
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.mentions[0].kind, MentionKind::Nominal);
    // a capitalized office, and one named with the title only later
    let (doc, out) =
        run("Romney criticized the President on Monday. President Obama did not reply.");
    assert_eq!(entity_of(&doc, &out, "the President", 0), Some("Obama"));
    // a place before the office stays a place of its own
    let (doc, out) = run("The Maine senator voted against the bill.");
    assert_eq!(
        entity_of(&doc, &out, "The Maine senator", 0),
        Some("The Maine senator")
    );
    assert_eq!(entity_of(&doc, &out, "Maine", 0), Some("Maine"));
    // a name after the possessive is an organisation's: "the President’s Export Council"
    let (doc, out) = run("He spoke to the President's Export Council on Monday.");
    assert_ne!(
        entity_of(&doc, &out, "the President", 0),
        Some("the President")
    );
    // other role nouns stay unlinked without a titled person
    let (doc, out) = run("The spokesman declined to comment.");
    assert_eq!(entity_of(&doc, &out, "The spokesman", 0), None);
}

#[test]
fn a_noun_in_eed_after_a_lone_name_is_no_verb() {
    // "oilseed" is no past tense: "Seaforth" here names a plant, not a person
    let (_, out) = run("Workers at Cargill U.K. Ltd's Seaforth oilseed crushing plant struck.");
    assert!(!is_person(&out, "Seaforth"), "{:#?}", out.entities);
    // a past tense after a lone name still is ("Issa dismissed")
    let (_, out) = run("The committee met on Tuesday, and Kobach agreed to testify.");
    assert_eq!(
        out.by_name("Kobach").map(|e| e.kind),
        Some(EntityKind::Person),
        "{:#?}",
        out.entities
    );
}

#[test]
fn a_pronoun_after_long_runs_of_multibyte_characters_is_resolved_without_panic() {
    // the clause search looks back a fixed number of bytes: it must land on a character
    for pad in 0..3 {
        let text = format!(
            "{}{} John Smith said he would resign.\n",
            " ".repeat(pad),
            "’".repeat(200)
        );
        let (doc, out) = run(&text);
        assert_eq!(
            entity_of(&doc, &out, "he", 0),
            Some("John Smith"),
            "pad {pad}"
        );
    }
}

#[test]
fn an_age_closing_the_text_is_no_appositive_and_no_panic() {
    // found by fuzzing: the appositive after "Smith, 45," was read past the last token
    let (_, out) = run("The plan failed, said John Smith, 45,");
    assert!(is_person(&out, "John Smith"), "{:#?}", out.entities);
}

#[test]
fn a_possessive_role_in_apposition_is_the_named_person() {
    let text = "John Podesta, Clinton's campaign chairman, called the attack desperate. \
Obama's press secretary, Josh Earnest, said the president disagreed. In a letter to \
Purolator's chairman, Nicholas F. Brady, Emery's chairman, John C. Emery, said talks should \
resume. The panel heard Mark Smith, Apple's chief executive, and Jim Hart.\n";
    let (doc, out) = run(text);
    let of = |needle: &str| entity_of(&doc, &out, needle, 0);
    assert_eq!(
        of("Clinton's campaign chairman"),
        Some("John Podesta"),
        "{out:?}"
    );
    assert_eq!(
        of("Obama's press secretary"),
        Some("Josh Earnest"),
        "{out:?}"
    );
    assert_eq!(
        out.by_name("Josh Earnest").unwrap().description.as_deref(),
        Some("Obama's press secretary")
    );
    // each role goes with the name after it in a run of role-name pairs
    assert_eq!(
        of("Purolator's chairman"),
        Some("Nicholas F. Brady"),
        "{out:?}"
    );
    assert_eq!(of("Emery's chairman"), Some("John C. Emery"), "{out:?}");
    // a comma before "and" opens a list: three people, not an appositive
    assert_ne!(of("Apple's chief executive"), Some("Mark Smith"), "{out:?}");
}

#[test]
fn a_headline_and_between_people_splits_them() {
    let text = "Clinton And Sanders Show Their Differences In Debate\n\nThe two candidates \
met in Milwaukee.\n\nObama And Biden Visit Ohio Plant\n\nJohnson And Johnson Co said sales rose.\n";
    let (doc, out) = run(text);
    for name in ["Clinton", "Sanders", "Obama", "Biden"] {
        assert!(is_person(&out, name), "{name}: {:#?}", out.entities);
    }
    // the verb after the second name opens no name
    assert_eq!(entity_of(&doc, &out, "Show", 0), None, "{out:?}");
    assert_eq!(entity_of(&doc, &out, "Visit", 0), None, "{out:?}");
    // a firm's name keeps its "And"
    assert_refers(
        &doc,
        &out,
        ("Johnson And Johnson Co", 0),
        "Johnson And Johnson Co",
    );
}

#[test]
fn a_title_before_a_place_describes_no_place() {
    // "major" and "chief" are titles before a person's name, adjectives before a place's
    let text = "Paul Dales, chief UK economist at a research firm, said major U.S. banks \
would lend more.\n";
    let (_, out) = run(text);
    for place in ["UK", "U.S."] {
        let e = out
            .by_name(place)
            .unwrap_or_else(|| panic!("{place}: {out:?}"));
        assert_eq!(e.description, None, "{place}: {e:?}");
    }
}

#[test]
fn research_firms_are_organisations_and_two_firms_of_one_head_are_two() {
    let text = "Growth slowed, said Paul Dales, chief economist at Capital Economics. \
The loan was arranged by Barclays Bank and National Westminster Bank, while Central Bank \
and Trust Co stayed out.\n";
    let (_, out) = run(text);
    // each an organisation of its own; a firm whose name holds "and" between two heads
    // ("Central Bank and Trust Co") stays one
    assert_kind(
        &out,
        EntityKind::Organization,
        &[
            "Capital Economics",
            "Barclays Bank",
            "National Westminster Bank",
            "Central Bank and Trust Co",
        ],
    );
}

#[test]
fn a_definite_role_in_apposition_is_the_named_person() {
    let text = "The governor, Greg Abbott, criticized the ruling. Ken Paxton, the attorney \
general, said he would appeal. The president, the governor and the mayor met later.\n";
    let (doc, out) = run(text);
    let of = |needle: &str, nth| entity_of(&doc, &out, needle, nth);
    assert_eq!(of("The governor", 0), Some("Greg Abbott"), "{out:?}");
    assert_eq!(
        out.by_name("Greg Abbott").unwrap().description.as_deref(),
        Some("The governor")
    );
    assert_eq!(
        out.by_name("Ken Paxton").unwrap().description.as_deref(),
        Some("the attorney general")
    );
    // a role in a list is no appositive of a name
    assert_ne!(of("The president", 0), Some("Greg Abbott"), "{out:?}");
}

#[test]
fn advocacy_groups_and_banks_named_like_people_are_organizations() {
    let text = "Planned Parenthood, which joined the lawsuit, welcomed the ruling. Common Cause \
and Public Citizen said they would appeal. Standard Chartered said profits rose.\n";
    let (_, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &[
            "Planned Parenthood",
            "Common Cause",
            "Public Citizen",
            "Standard Chartered",
        ],
    );
}

#[test]
fn the_company_far_from_any_subject_is_the_storys_firm() {
    let text = "Acme Corp said on Thursday that quarterly profit fell 12%. Revenue rose 4%, \
beating estimates, according to LSEG data. \"The quarter was tough,\" Chief Executive Jane \
Doe told analysts. \"But demand remains strong.\" Analysts were not surprised. The company \
cut its forecast.\n";
    let (doc, out) = run(text);
    assert_refers(&doc, &out, ("The company", 0), "Acme Corp");
}

#[test]
fn government_words_open_agencies_and_the_government_is_a_government() {
    let text = "The Congressional Budget Office and the Government Accountability Office \
reviewed the plan. Portugal's minority government said the government would respond.\n";
    let (doc, out) = run(text);
    for name in [
        "Congressional Budget Office",
        "Government Accountability Office",
    ] {
        assert!(out.by_name(name).is_some(), "{name}: {:#?}", out.entities);
    }
    assert_refers(
        &doc,
        &out,
        ("the government", 0),
        "Portugal's minority government",
    );
}

#[test]
fn a_place_and_a_party_describe_a_person_and_name_no_one() {
    let text = "Rep. Matt Gaetz, a Florida Republican, said he would try. The Virginia \
Democrat disagreed.\n";
    let (_, out) = run(text);
    for name in ["Florida Republican", "Virginia Democrat"] {
        assert!(out.by_name(name).is_none(), "{name}: {:#?}", out.entities);
    }
    assert!(is_person(&out, "Matt Gaetz"), "{:#?}", out.entities);
}

#[test]
fn named_storms_are_no_people() {
    let text = "Hurricane Idalia caused damage in Florida. Tropical Storm Nicole weakened \
overnight, and Typhoon Haiyan was recalled.\n";
    let (_, out) = run(text);
    assert!(
        out.entities.iter().all(|e| e.kind != EntityKind::Person),
        "{:#?}",
        out.entities
    );
}

#[test]
fn clubs_and_leagues_are_organizations() {
    let text = "Lionel Messi scored twice as Inter Miami beat Nashville SC, extending his start \
in Major League Soccer. Major John Smith watched.\n";
    let (_, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &["Inter Miami", "Nashville SC", "Major League Soccer"],
    );
    assert!(is_person(&out, "John Smith"), "{:#?}", out.entities);
    let (_, out) = run("Apple banned developers from the App Store.\n");
    assert_kind(&out, EntityKind::Organization, &["App Store"]);
}

#[test]
fn provinces_regions_and_cities_are_places() {
    let text = "The company has mines in Ontario and Quebec, a plant near Venice and an office \
in Kharkiv. The Ontario Securities Commission said it would review the deal.\n";
    let (doc, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Place,
        &["Ontario", "Quebec", "Venice", "Kharkiv"],
    );
    // a place inside an organisation's name stays the organisation's
    assert_eq!(
        entity_of(&doc, &out, "Ontario Securities Commission", 0),
        Some("Ontario Securities Commission")
    );
}

#[test]
fn an_institutions_head_word_names_it_later() {
    let text = "The European Commission said Apple broke the rules. The Commission fined it \
on Monday. The White House said the House would vote on a bill.\n";
    let (doc, out) = run(text);
    assert_refers(&doc, &out, ("Commission", 1), "European Commission");
    // a legislature's word names only the house it opens, or a place's
    assert_ne!(
        entity_of(&doc, &out, "House", 1),
        Some("White House"),
        "{out:?}"
    );
}

#[test]
fn a_possessive_pronouns_role_in_apposition_is_the_named_person() {
    let text = "Spotify welcomed the fine. Its chief executive, Daniel Ek, wrote that the ruling \
was right. His lawyer, John Smith, disagreed.\n";
    let (doc, out) = run(text);
    assert_refers(&doc, &out, ("Its chief executive", 0), "Daniel Ek");
    assert_refers(&doc, &out, ("His lawyer", 0), "John Smith");
}

#[test]
fn a_relative_in_apposition_is_the_named_person() {
    let text = "Margaret Ellison died on Tuesday. Her daughter, Denise Ellison-Park, said the \
cause was pneumonia. His son, Michael Brown, was there. Her daughter is a nurse.\n";
    let (doc, out) = run(text);
    assert_refers(&doc, &out, ("Her daughter", 0), "Denise Ellison-Park");
    assert_refers(&doc, &out, ("His son", 0), "Michael Brown");
    // (without a name beside it, a relative is no mention of that person)
    assert_ne!(
        entity_of(&doc, &out, "Her daughter", 1),
        Some("Denise Ellison-Park"),
        "{out:?}"
    );
}

#[test]
fn where_a_job_is_held_is_an_organisation() {
    let text = "An official of the United Mine Workers said the boycott would go on. \
\"They are paying a full price,\" said Priya Raman, an analyst at Bernstein. The chief \
executive officer of Union Camp said prices were firm. Members of the Hunt family sold \
shares.\n";
    let (_, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &["United Mine Workers", "Bernstein", "Union Camp"],
    );
    assert!(out
        .by_name("Hunt")
        .is_none_or(|e| e.kind != EntityKind::Organization));
}

#[test]
fn a_titles_domain_after_a_known_name_joins_the_description() {
    let text = "EU antitrust chief Margrethe Vestager told reporters. The White House said \
President Ronald Reagan agreed.\n";
    let (_, out) = run(text);
    let description = |name: &str| out.by_name(name).and_then(|e| e.description.clone());
    assert_eq!(
        description("Margrethe Vestager").as_deref(),
        Some("EU antitrust chief")
    );
    // a verb before the title is no domain
    assert_eq!(description("Ronald Reagan").as_deref(), Some("President"));
}

#[test]
fn an_organisations_role_in_apposition_is_the_named_person() {
    let text = "Talks broke up on Wednesday. The U.N. envoy, Martin Lindqvist, told reporters \
that gaps remained.\n";
    let (doc, out) = run(text);
    assert_refers(&doc, &out, ("The U.N. envoy", 0), "Martin Lindqvist");
}

#[test]
fn an_institutions_name_runs_on_over_of_the() {
    let text = "The International Committee of the Red Cross said it had delivered aid. Judge \
Robert Hale of the U.S. Court of Appeals for the 11th Circuit, who clerked for her, spoke. \
Trafalgar House Ltd of the U.K. bid for the firm. Pennzoil Co bid for the Getty Oil shares.\n";
    let (_, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &[
            "International Committee of the Red Cross",
            "U.S. Court of Appeals for the 11th Circuit",
            "Trafalgar House Ltd",
            "Pennzoil Co",
            "Getty Oil",
        ],
    );
    assert!(out.by_name("Circuit").is_none(), "{out:?}");
}

#[test]
fn black_and_white_as_adjectives_name_nobody() {
    let text = "She was the first Black woman to lead the bar. Black Americans voted early. \
Mr. Black said no. The White House said no.\n";
    let (_, out) = run(text);
    assert!(out.by_name("Black Americans").is_none(), "{out:?}");
    let black = out.by_name("Black").expect("Mr. Black");
    assert_eq!(black.mentions.len(), 1, "{out:?}");
    assert_kind(&out, EntityKind::Organization, &["White House"]);
}

#[test]
fn a_lone_name_joined_to_a_firm_is_a_firm() {
    let text = "Goldman Sachs advised the buyer, while Morgan Stanley and Lazard advised the \
seller. Kidder, Peabody and Co and First Boston Corp will manage the offer.\n";
    let (_, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &["Lazard", "Morgan Stanley"],
    );
    assert!(out.by_name("Kidder").is_none(), "{out:?}");
}

#[test]
fn tonight_opens_no_name() {
    let text = "\"Tonight Portland chose change,\" she said.\n";
    let (_, out) = run(text);
    assert_kind(&out, EntityKind::Place, &["Portland"]);
    assert!(out.by_name("Tonight Portland").is_none(), "{out:?}");
}

#[test]
fn business_plurals_head_firms() {
    let text = "Darden Restaurants jumped 2.5%. The Nasdaq Composite dropped 1.82%. American \
Brands Inc and Corn Products gained.\n";
    let (_, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &[
            "Darden Restaurants",
            "Nasdaq Composite",
            "American Brands Inc",
            "Corn Products",
        ],
    );
}

#[test]
fn an_initial_inside_a_description_does_not_end_it() {
    let text = "\"Higher for longer is here,\" said Art Hogan, chief market strategist at B. \
Riley Wealth in Boston.\n";
    let (_, out) = run(text);
    assert_eq!(
        out.by_name("Art Hogan")
            .and_then(|e| e.description.as_deref()),
        Some("chief market strategist at B. Riley Wealth in Boston")
    );
}

#[test]
fn a_campus_after_a_universitys_comma_is_part_of_its_name() {
    let text = "\"Almonds pay,\" said Maria Chen, an agricultural economist at the University of \
California, Davis. \"Telling farmers to switch crops is easy.\"\n";
    let (_, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &["University of California, Davis"],
    );
    assert!(out.by_name("Davis").is_none(), "{out:?}");
    assert!(out.by_name("Telling farmers").is_none(), "{out:?}");
    assert_eq!(
        out.by_name("Maria Chen")
            .and_then(|e| e.description.as_deref()),
        Some("an agricultural economist at the University of California, Davis")
    );
}

#[test]
fn nordic_firms_and_the_agency() {
    let text = "Norwegian e-bike maker Nordlys AS is recalling 40,000 bicycles, the company said. \
The recall was posted by the U.S. Consumer Product Safety Commission. The agency said it had \
27 reports of fires. The company said the recall would cost 180 million crowns. Pharmacia AB \
and AB Volvo were not affected.\n";
    let (doc, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &["Nordlys AS", "Pharmacia AB", "AB Volvo"],
    );
    assert_refers(
        &doc,
        &out,
        ("The agency", 0),
        "U.S. Consumer Product Safety Commission",
    );
    // a company is no public body
    assert_refers(&doc, &out, ("The company", 0), "Nordlys AS");
}

#[test]
fn a_products_model_names_no_entity() {
    let text = "The recall covers Nordlys City and Nordlys Trail models made in 2023. Jeep \
Comanche models were recalled too. Hyundai said its models were safe.\n";
    let (_, out) = run(text);
    for name in ["Nordlys City", "Nordlys Trail", "Jeep Comanche"] {
        assert!(out.by_name(name).is_none(), "{name}: {out:?}");
    }
}

#[test]
fn ai_after_a_name_heads_a_firm_and_alone_names_none() {
    let text = "U.S. start-up Lumen AI broke the rules, regulators said. It is the third AI \
firm to face a probe.\n";
    let (_, out) = run(text);
    assert_kind(&out, EntityKind::Organization, &["Lumen AI"]);
    assert!(out.by_name("AI").is_none(), "{out:?}");
    let lumen = out.by_name("Lumen AI").expect("Lumen AI");
    assert!(
        lumen.mentions.iter().all(|m| m.span.text != "AI"),
        "{out:?}"
    );
}

#[test]
fn a_name_after_the_noun_of_an_organisation_is_one() {
    let text = "\"Regulators have been asleep,\" said Max Weber of the Vienna-based group \
Privacy First. The state oil company Petroleos Mexicanos and Finland's Ferrado Oy agreed.\n";
    let (_, out) = run(text);
    assert_kind(
        &out,
        EntityKind::Organization,
        &["Privacy First", "Petroleos Mexicanos", "Ferrado Oy"],
    );
    assert!(is_person(&out, "Max Weber"), "{out:?}");
}
