//! A synthetic news article of any length, for the linear-cost benchmark
//! (`newslens bench --linear`): paragraphs with quotes, speakers, people, organisations,
//! places, dates, numbers and sentiment words, varied by a fixed pseudo-random sequence
//! so that a long article keeps meeting new names and dates. The text is written here;
//! no corpus is needed.

/// Deterministic pseudo-random numbers (a 64-bit linear congruential generator).
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        items[((self.0 >> 33) % items.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &[
    "Helen", "Alan", "Maria", "David", "Grace", "Samuel", "Lucia", "Peter", "Amina", "Thomas",
    "Nadia", "Robert", "Elena", "James", "Fatima", "Oliver", "Sofia", "Daniel", "Irene", "Victor",
];
const LAST: &[&str] = &[
    "Ortiz",
    "Brooks",
    "Keller",
    "Nakamura",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Haddad",
    "Novak",
    "Fischer",
    "Costa",
    "Reyes",
    "Walsh",
    "Petrov",
    "Mensah",
    "Duarte",
    "Larsen",
    "Bianchi",
    "Sato",
    "Quinn",
];
const ROLE: &[&str] = &[
    "the mayor",
    "a council member",
    "the finance minister",
    "a spokeswoman for the union",
    "the company's chief executive",
    "an economist at the central bank",
];
const ORG: &[&str] = &[
    "Riverton City Council",
    "the Ministry of Finance",
    "Northwind Airlines",
    "the National Union of Teachers",
    "Harbor Bank",
    "the Environmental Protection Agency",
];
const PLACE: &[&str] = &[
    "Riverton", "Lisbon", "Nairobi", "Osaka", "Toronto", "Warsaw", "Lyon", "Denver",
];
const DATE: &[&str] = &[
    "on Tuesday",
    "last week",
    "on March 3, 2023",
    "next year",
    "in the second quarter",
    "by June 30",
    "two months ago",
    "on Friday morning",
    "in 1998",
    "this summer",
];
const CLAIM: &[&str] = &[
    "We will not accept these cuts, and we will fight them",
    "The plan is a sensible compromise that protects jobs",
    "This decision is a disaster for families who depend on the service",
    "Nobody expected the results to be this strong",
    "The figures are disappointing, but we remain optimistic",
    "It is too early to say whether the policy has failed",
];
const SAY: &[&str] = &["said", "told reporters", "argued", "warned", "added"];
const EVENT: &[&str] = &[
    "approved a budget of $1.2 million",
    "cut 300 jobs after losses widened",
    "reported a 4.5 percent rise in profit",
    "delayed the vote amid angry protests",
    "praised the agreement as a major success",
    "rejected the proposal, citing weak demand",
];

/// An article of at least `target_bytes` bytes of text: blank-line separated
/// paragraphs, each with a quote, its speaker, an organisation, a place and dates.
pub fn article_text(target_bytes: usize) -> String {
    let mut rng = Lcg(0x5EED);
    let mut text = String::with_capacity(target_bytes + 1024);
    while text.len() < target_bytes {
        let (first, last) = (rng.pick(FIRST), rng.pick(LAST));
        let (other_first, other_last) = (rng.pick(FIRST), rng.pick(LAST));
        let org = rng.pick(ORG);
        let paragraph = format!(
            "{place} — {org} {event} {date}, according to officials in {place2}. \
             “{claim},” {say} {first} {last}, {role}, {date2}. \
             {other_first} {other_last} of {org2} disagreed: “{claim2}.” \
             {last} later {event2} {date3}, {other_last} said.\n\n",
            place = rng.pick(PLACE),
            event = rng.pick(EVENT),
            date = rng.pick(DATE),
            place2 = rng.pick(PLACE),
            claim = rng.pick(CLAIM),
            say = rng.pick(SAY),
            role = rng.pick(ROLE),
            date2 = rng.pick(DATE),
            org2 = rng.pick(ORG),
            claim2 = rng.pick(CLAIM),
            event2 = rng.pick(EVENT),
            date3 = rng.pick(DATE),
        );
        text.push_str(&paragraph);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reaches_the_requested_size_deterministically() {
        let a = article_text(5_000);
        assert!(a.len() >= 5_000 && a.len() < 6_000, "{}", a.len());
        assert_eq!(a, article_text(5_000));
        assert!(a.contains('“') && a.contains("\n\n"));
    }
}
