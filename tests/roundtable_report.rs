//! The record of a round-table session: Markdown in both languages, with
//! ties, missing answers, one or fifty participants and hostile text, and
//! the JSON export without the session secret.

#[path = "common/markdown.rs"]
mod markdown;

use markdown::{assert_tables_well_formed, starts_block, unescaped};
use std::time::{Duration, Instant};
use wenselijk::config::OrgConfig;
use wenselijk::domain::compare;
use wenselijk::domain::roundtable::{agenda, apply_agreed, ActionPoint, Item, ItemAnswer, Mode, Phase, RoundTable};
use wenselijk::domain::scoring::evaluate;
use wenselijk::domain::*;
use wenselijk::i18n::decimal;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::{framework, report as rt, ui, Lang};
use wenselijk::report::{
    escape_cell, escape_inline, item_answer, item_name, roundtable_json, roundtable_markdown, ROUNDTABLE_FORMAT,
    ROUNDTABLE_VERSION,
};

/// 2026-11-23 00:00 UTC.
const NOV_23: u64 = 1_795_392_000_000;
/// A session secret that occurs nowhere else.
const SECRET: &str = "qz7w2xk5";

/// Hostile inputs: each must come out as plain text.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "![x](http://evil/)",
    "[click](javascript:alert(1))",
    "# heading",
    "| a | b |",
    "`code`",
    "<img src=x onerror=alert(1)>",
    "1. list",
    "- item",
    "> quote",
    "---",
    "*bold* _it_ ~~gone~~",
    "```rust",
    "    indented code",
    "===",
    "[ref]: http://evil/ \"title\"",
    "$x^2$",
    "\\<b>",
    "\u{0}\u{7}\u{1b}[31m",
];

fn level(n: u8) -> Answer {
    Answer::Level(Level::new(n).expect("a level from 1 to 5"))
}

fn anonymous(n: usize) -> String {
    format!("Deelnemer {n}")
}

/// The comparison item of a round-table item.
fn cmp(item: Item) -> compare::Item {
    compare::Item::try_from(item).unwrap()
}

/// Sets a participant's answer and note for one item.
fn answer(a: &mut Assessment, item: Item, x: Option<ItemAnswer>, note: &str) {
    assert!(item.set_in(a, x));
    *item.note_mut(a) = note.into();
}

/// Three participants: Anna and Bram answer everything, the third (an
/// anonymous label) answers a few items only. Complexity and Language both
/// spread 4 (a tie), Trust spreads 3, a red flag has yes and no.
fn three() -> RoundTable {
    let mut t = RoundTable::new("rt-1", "rec-1", "Teamsessie", Mode::OwnDevices, SECRET, NOV_23);
    t.timebox_minutes = Some(5);
    let ids: Vec<String> =
        ["Anna", "Bram", ""].iter().map(|l| t.add_participant(l, anonymous).expect("room")).collect();
    let mut anna = Assessment::default();
    let mut bram = Assessment::default();
    for d in DimensionId::ALL {
        answer(&mut anna, Item::Dimension(d), Some(ItemAnswer::Scale(level(3))), "");
        answer(&mut bram, Item::Dimension(d), Some(ItemAnswer::Scale(level(3))), "");
    }
    for q in ValueQuestion::ALL {
        answer(&mut anna, Item::Value(q), Some(ItemAnswer::Scale(level(4))), "");
        answer(&mut bram, Item::Value(q), Some(ItemAnswer::Scale(Answer::Unknown)), "");
    }
    for f in RedFlag::ALL {
        answer(&mut anna, Item::Flag(f), Some(ItemAnswer::Flag(FlagAnswer::No)), "");
        answer(&mut bram, Item::Flag(f), Some(ItemAnswer::Flag(FlagAnswer::No)), "");
    }
    let complexity = Item::Dimension(DimensionId::Complexity);
    let language = Item::Dimension(DimensionId::Language);
    answer(&mut anna, complexity, Some(ItemAnswer::Scale(level(1))), "Te veel stappen");
    answer(&mut bram, complexity, Some(ItemAnswer::Scale(level(5))), "Eén klik");
    answer(&mut anna, language, Some(ItemAnswer::Scale(level(5))), "");
    answer(&mut bram, language, Some(ItemAnswer::Scale(level(1))), "Vakjargon");
    answer(&mut anna, Item::Dimension(DimensionId::Trust), Some(ItemAnswer::Scale(level(2))), "Onduidelijk waarom");
    answer(&mut bram, Item::Dimension(DimensionId::Trust), Some(ItemAnswer::Scale(level(5))), "");
    answer(&mut bram, Item::Flag(RedFlag::BigBrother), Some(ItemAnswer::Flag(FlagAnswer::Yes)), "Voelt als volgen");
    let mut third = Assessment::default();
    answer(&mut third, Item::Dimension(DimensionId::Trust), Some(ItemAnswer::Scale(level(4))), "Prima");
    answer(&mut third, Item::Flag(RedFlag::Pushiness), Some(ItemAnswer::Flag(FlagAnswer::Unsure)), "");
    assert!(t.set_answers(&ids[0], &anna, true));
    assert!(t.set_answers(&ids[1], &bram, true));
    assert!(t.set_answers(&ids[2], &third, false));
    t.phase = Phase::Agreed;
    assert!(t.agree(Item::Flag(RedFlag::BigBrother), ItemAnswer::Flag(FlagAnswer::Yes), "Klanten voelen zich gevolgd"));
    assert!(t.agree(Item::Dimension(DimensionId::Trust), ItemAnswer::Scale(level(3)), ""));
    // A draft, not agreed: must not show as agreed.
    assert!(t.agree(Item::Dimension(DimensionId::Time), ItemAnswer::Scale(level(1)), "Concept"));
    assert!(t.unagree(Item::Dimension(DimensionId::Time)));
    t.decisions = vec!["Eerst testen met tien klanten".into(), "  ".into()];
    t.actions = vec![
        ActionPoint { what: "Tekst herschrijven".into(), who: "Bram".into(), due: "volgende sprint".into() },
        ActionPoint { what: "Juridisch laten toetsen".into(), who: String::new(), due: String::new() },
        ActionPoint::default(),
    ];
    t
}

fn base(lang: Lang) -> Assessment {
    let mut a = example(ExampleId::PostPurchase).build(lang);
    a.example = None;
    // The 17 core items only; the lens test switches its lens on itself.
    a.lenses = Default::default();
    a
}

/// The markers of the lines that give a document its structure: their
/// leading Markdown characters, up to the first other (or escaped) one.
fn structure(md: &str) -> Vec<String> {
    md.lines()
        .filter(|l| starts_block(l))
        .map(|l| l.chars().take_while(|c| " #>-+*=`~|_:".contains(*c)).collect())
        .collect()
}

/// The part of `md` from the heading `## {title}` to the next `## `.
fn section<'a>(md: &'a str, title: &str) -> &'a str {
    let start = md.find(&format!("\n## {title}\n")).unwrap_or_else(|| panic!("no section {title:?}"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 4);
    &rest[..end]
}

/// The part of `md` about one agenda item: from its heading to the next heading.
fn item_part(md: &str, number: usize, item: Item, lang: Lang) -> &str {
    let heading = format!("\n### {number}. {}\n", item_name(cmp(item)).get(lang));
    let start = md.find(&heading).unwrap_or_else(|| panic!("no heading {heading:?}"));
    let rest = &md[start + 1..];
    let end = rest[4..].find("\n#").map_or(rest.len(), |e| e + 5);
    &rest[..end]
}

#[test]
fn three_participants_in_both_languages() {
    let t = three();
    for lang in Lang::ALL {
        let base = base(lang);
        let md = roundtable_markdown(&t, &base, &OrgConfig::default(), lang, NOV_23);
        let ctx = format!("{lang:?}");
        assert!(md.starts_with("# Teamsessie\n"), "{ctx}: {md}");
        assert!(md.contains(&rt::META.fill(lang, &[("date", "2026-11-23")])), "{ctx}: date and language");
        assert!(md.contains(rt::RT_RECORD.get(lang)), "{ctx}");
        assert!(md.contains(&escape_cell(&base.idea.title)), "{ctx}: idea title");
        assert!(md.contains(rt::RT_MODE_OWN.get(lang)) && !md.contains(rt::RT_MODE_ONE.get(lang)), "{ctx}: mode");
        assert!(md.contains(rt::RT_PHASE_AGREED.get(lang)), "{ctx}: phase");
        assert!(md.contains(&rt::RT_TIMEBOX.fill(lang, &[("n", "5")])), "{ctx}: time box");
        assert!(md.contains(&rt::RT_AGREED_COUNT.fill(lang, &[("n", "2"), ("total", "17")])), "{ctx}: agreed count");

        // Participants, the anonymous one by its label, with their status.
        let people = section(&md, &rt::RT_PARTICIPANTS.fill(lang, &[("n", "3")]));
        assert!(people.contains(&format!("- Anna ({})", rt::RT_SUBMITTED.get(lang))), "{ctx}: {people}");
        assert!(people.contains(&format!("- Bram ({})", rt::RT_SUBMITTED.get(lang))), "{ctx}: {people}");
        assert!(people.contains(&format!("- Deelnemer 1 ({})", rt::RT_NOT_SUBMITTED.get(lang))), "{ctx}: {people}");

        // Every item once, in agenda order: the tied items in form order first.
        let order = agenda(&t, &Item::ALL);
        assert_eq!(order[0].item, Item::Dimension(DimensionId::Complexity));
        assert_eq!(order[1].item, Item::Dimension(DimensionId::Language));
        let mut last = 0;
        for (i, s) in order.iter().enumerate() {
            let heading = format!("\n### {}. {}\n", i + 1, item_name(cmp(s.item)).get(lang));
            let at = md.find(&heading).unwrap_or_else(|| panic!("{ctx}: no {heading:?}"));
            assert!(at > last, "{ctx}: {heading:?} out of agenda order");
            assert_eq!(md.matches(&heading).count(), 1, "{ctx}: {heading:?}");
            last = at;
        }
        assert_eq!(md.matches("\n### ").count(), 17, "{ctx}: 17 items");
        for d in DimensionId::ALL {
            assert!(md.contains(framework::dimension_brief(d).name.get(lang)), "{ctx}: {d:?}");
        }

        // One item: everyone's answer in words and their notes, the spread.
        let complexity = item_part(&md, 1, Item::Dimension(DimensionId::Complexity), lang);
        let word = |a: &Assessment, item: Item| item_answer(a, cmp(item), lang);
        let c = Item::Dimension(DimensionId::Complexity);
        let [anna, bram, third] = [0, 1, 2].map(|i| &t.participants[i].answers);
        assert!(complexity.contains(&format!("| Anna | {} | Te veel stappen |", word(anna, c))), "{complexity}");
        assert!(complexity.contains(&format!("| Bram | {} | Eén klik |", word(bram, c))), "{complexity}");
        assert!(complexity.contains(&format!("| Deelnemer 1 | {} |  |", ui::NOT_ANSWERED.get(lang))), "{complexity}");
        let spread = rt::RT_SPREAD.fill(lang, &[("spread", "4"), ("known", "2"), ("unknown", "0"), ("missing", "1")]);
        assert!(complexity.contains(&spread), "{ctx}: {complexity}");
        let median = rt::RT_MEDIAN.fill(lang, &[("median", &decimal(3.0, lang))]);
        assert!(complexity.contains(&format!("{spread} · {median}")), "{ctx}: {complexity}");
        assert!(complexity.contains(rt::RT_NOT_AGREED.get(lang)), "{ctx}: {complexity}");

        // A red flag: yes, no and no answer; agreed with a reason.
        let bb = Item::Flag(RedFlag::BigBrother);
        let n = order.iter().position(|s| s.item == bb).expect("on the agenda") + 1;
        let part = item_part(&md, n, bb, lang);
        assert!(part.contains(&format!("| Bram | {} | Voelt als volgen |", ui::flag_answer(FlagAnswer::Yes).get(lang))));
        assert!(part.contains(&format!("| Anna | {} |", ui::flag_answer(FlagAnswer::No).get(lang))), "{part}");
        assert!(!part.contains(&rt::RT_MEDIAN.fill(lang, &[("median", "")])), "{ctx}: no median for flags");
        let agreed = format!(
            "**{}**: {}  \n**{}**: Klanten voelen zich gevolgd",
            rt::RT_AGREED.get(lang),
            ui::flag_answer(FlagAnswer::Yes).get(lang),
            rt::RT_REASON.get(lang)
        );
        assert!(part.contains(&agreed), "{ctx}: {part}");

        // Agreed without a reason; a draft that was taken back is not agreed.
        let trust = Item::Dimension(DimensionId::Trust);
        let n = order.iter().position(|s| s.item == trust).expect("on the agenda") + 1;
        let part = item_part(&md, n, trust, lang);
        assert!(part.contains(&format!("| Deelnemer 1 | {} | Prima |", word(third, trust))), "{part}");
        assert!(part.contains(&format!(
            "**{}**: {}",
            rt::RT_AGREED.get(lang),
            item_answer(&t.agreed, cmp(trust), lang)
        )));
        assert!(part.contains(rt::RT_NO_REASON.get(lang)), "{ctx}: {part}");
        let time = Item::Dimension(DimensionId::Time);
        let n = order.iter().position(|s| s.item == time).expect("on the agenda") + 1;
        let part = item_part(&md, n, time, lang);
        assert!(part.contains(rt::RT_NOT_AGREED.get(lang)) && !part.contains("Concept"), "{ctx}: {part}");
        assert_eq!(md.matches(&format!("**{}**:", rt::RT_AGREED.get(lang))).count(), 2, "{ctx}");

        // Decisions (blank ones left out) and action points (empty cells as a dash).
        let decisions = section(&md, rt::RT_DECISIONS.get(lang));
        assert!(decisions.contains("- Eerst testen met tien klanten\n"), "{ctx}: {decisions}");
        assert_eq!(decisions.matches("\n- ").count(), 1, "{ctx}: {decisions}");
        let actions = section(&md, rt::RT_ACTIONS.get(lang));
        let head = [rt::RT_ACTION_WHAT, rt::RT_ACTION_WHO, rt::RT_ACTION_DUE].map(|x| x.get(lang)).join(" | ");
        assert!(actions.contains(&format!("| {head} |")), "{ctx}: {actions}");
        assert!(actions.contains("| Tekst herschrijven | Bram | volgende sprint |"), "{ctx}: {actions}");
        assert!(actions.contains("| Juridisch laten toetsen | – | – |"), "{ctx}: {actions}");
        assert_eq!(actions.lines().filter(|l| l.starts_with('|')).count(), 4, "{ctx}: the empty action is left out");

        // The verdict with the agreed answers, and the one without.
        let before = evaluate(&base);
        let after = evaluate(&apply_agreed(&t, &base));
        assert_ne!(before.verdict, after.verdict, "the agreed red flag changes the verdict");
        let result = section(&md, rt::RT_RESULT.get(lang));
        assert!(result.contains(&format!("**{}**", ui::verdict_name(after.verdict).get(lang))), "{ctx}: {result}");
        assert!(result.contains(ui::verdict_hint(after.verdict).get(lang)), "{ctx}: {result}");
        let was = rt::RT_BEFORE.fill(lang, &[("verdict", ui::verdict_name(before.verdict).get(lang))]);
        assert!(result.contains(&was), "{ctx}: {result}");

        assert!(md.contains(rt::FOOTER_FRAMEWORKS.get(lang)), "{ctx}: footer");
        assert!(!md.contains('<') && !md.contains('>'), "{ctx}: raw < or >");
        assert!(md.ends_with('\n') && !md.ends_with("\n\n"), "{ctx}");
        assert_tables_well_formed(&md, &ctx);
    }
}

#[test]
fn the_other_language_is_not_mixed_in() {
    let t = three();
    for lang in Lang::ALL {
        let md = roundtable_markdown(&t, &base(lang), &OrgConfig::default(), lang, NOV_23);
        let other = lang.other();
        for x in [rt::RT_AGENDA, rt::RT_DECISIONS, rt::RT_ACTIONS, rt::RT_RESULT, rt::RT_RESULT_NOTE, rt::RT_SESSION] {
            assert!(!md.contains(x.get(other)), "{lang:?}: {:?}", x.get(other));
        }
    }
}

#[test]
fn single_participant() {
    let mut t = RoundTable::new("rt-2", "rec-2", "", Mode::OneDevice, SECRET, NOV_23);
    let id = t.add_participant("", anonymous).expect("room");
    let mut a = Assessment::default();
    answer(&mut a, Item::Dimension(DimensionId::Place), Some(ItemAnswer::Scale(level(2))), "Alleen op het loket");
    assert!(t.set_answers(&id, &a, true));
    for lang in Lang::ALL {
        let md = roundtable_markdown(&t, &Assessment::default(), &OrgConfig::default(), lang, 0);
        assert!(md.starts_with(&format!("# {}\n", rt::RT_UNTITLED.get(lang))), "{md}");
        assert!(md.contains("1970-01-01"));
        assert!(md.contains(ui::START_UNTITLED.get(lang)), "untitled idea");
        assert!(md.contains(rt::RT_MODE_ONE.get(lang)) && md.contains(rt::RT_PHASE_SCORING.get(lang)));
        assert!(!md.contains(rt::RT_TIMEBOX.get(lang).split('{').next().unwrap_or("?")), "no time box");
        assert!(md.contains(&rt::RT_PARTICIPANTS.fill(lang, &[("n", "1")])));
        assert!(md.contains("| Deelnemer 1 | 2 "), "{md}");
        assert!(md.contains("Alleen op het loket"));
        // One answer: no spread anywhere, so the agenda keeps the form's order.
        let zero = rt::RT_SPREAD.fill(lang, &[("spread", "0")]);
        let zero = zero.split(" · ").next().unwrap_or("?");
        assert_eq!(md.matches(&format!("\n{zero} · ")).count(), 17, "{md}");
        assert_eq!(md.matches("\n| Deelnemer 1 |").count(), 17);
        let first = format!("### 1. {}", framework::dimension_brief(DimensionId::Complexity).name.get(lang));
        assert!(md.contains(&first), "{md}");
        assert_eq!(md.matches(rt::RT_NOT_AGREED.get(lang)).count(), 17);
        assert!(md.contains(rt::RT_NO_DECISIONS.get(lang)) && md.contains(rt::RT_NO_ACTIONS.get(lang)));
        assert!(md.contains(&format!("**{}**", ui::verdict_name(None).get(lang))));
        assert_tables_well_formed(&md, "single");
    }
}

#[test]
fn no_participants() {
    let t = RoundTable::new("rt-3", "rec-3", "Leeg", Mode::OneDevice, SECRET, NOV_23);
    for lang in Lang::ALL {
        let md = roundtable_markdown(&t, &base(lang), &OrgConfig::default(), lang, NOV_23);
        assert!(md.contains(rt::RT_NO_PARTICIPANTS.get(lang)));
        assert!(!md.contains(&format!("| {} |", rt::RT_COL_PARTICIPANT.get(lang))), "no empty answer tables");
        assert_eq!(md.matches("\n### ").count(), 17);
        assert_tables_well_formed(&md, "empty");
    }
}

/// The same session with every user text hostile, and with plain text.
fn hostile_and_plain() -> (RoundTable, Assessment, RoundTable, Assessment) {
    let text = HOSTILE.join("\n");
    let mut hostile = three();
    let mut plain = three();
    hostile.name = text.clone();
    plain.name = "x".into();
    // Labels are one line each; one per hostile input, made unique by the session.
    for (i, h) in HOSTILE.iter().enumerate() {
        hostile.add_participant(h, anonymous).expect("room");
        plain.add_participant(&format!("x{i}"), anonymous).expect("room");
    }
    hostile.add_participant(&text, anonymous).expect("room");
    plain.add_participant("xx", anonymous).expect("room");
    for t in [&mut hostile, &mut plain] {
        let ids: Vec<String> = t.participants.iter().map(|p| p.id.clone()).collect();
        for id in ids {
            let mut a = t.participant(&id).expect("there").answers.clone();
            for item in Item::ALL {
                *item.note_mut(&mut a) = if t.name == "x" { "x".into() } else { text.clone() };
            }
            assert!(t.set_answers(&id, &a, true));
        }
    }
    let agreed = |t: &mut RoundTable, reason: &str| {
        assert!(t.agree(Item::Flag(RedFlag::Paternalism), ItemAnswer::Flag(FlagAnswer::Unsure), reason));
    };
    agreed(&mut hostile, &text);
    agreed(&mut plain, "x");
    hostile.decisions = HOSTILE.iter().map(|s| s.to_string()).chain([text.clone()]).collect();
    plain.decisions = (0..=HOSTILE.len()).map(|i| format!("x{i}")).collect();
    hostile.actions = vec![ActionPoint { what: text.clone(), who: text.clone(), due: text.clone() }];
    plain.actions = vec![ActionPoint { what: "x".into(), who: "x".into(), due: "x".into() }];
    let mut hostile_base = base(Lang::En);
    let mut plain_base = base(Lang::En);
    hostile_base.idea.title = text;
    plain_base.idea.title = "x".into();
    (hostile, hostile_base, plain, plain_base)
}

#[test]
fn hostile_text_is_plain_text() {
    let (hostile, hostile_base, plain, plain_base) = hostile_and_plain();
    for lang in Lang::ALL {
        let md = roundtable_markdown(&hostile, &hostile_base, &OrgConfig::default(), lang, NOV_23);
        let reference = roundtable_markdown(&plain, &plain_base, &OrgConfig::default(), lang, NOV_23);
        assert!(!md.contains('<') && !md.contains('>'), "raw < or > in\n{md}");
        for c in ['[', ']', '`', '_', '~', '$'] {
            assert_eq!(unescaped(&md, c), 0, "unescaped {c:?} in\n{md}");
        }
        for c in ['*', '#', '|'] {
            assert_eq!(unescaped(&md, c), unescaped(&reference, c), "unescaped {c:?}");
        }
        assert_eq!(structure(&md), structure(&reference), "block structure differs");
        assert!(!md.chars().any(|c| c.is_control() && c != '\n'), "control character");
        assert_tables_well_formed(&md, "hostile");
        assert!(md.starts_with(&format!("# {}\n", escape_cell(&hostile.name))));
        for p in &hostile.participants {
            assert!(md.contains(&escape_cell(&p.label)), "label {:?}", p.label);
        }
        assert!(md.contains(&escape_cell("<script>alert(1)</script>")));
        // The agreed reason and the decisions keep their lines.
        assert!(md.contains(&escape_inline("[click](javascript:alert(1))\n# heading")));
        assert!(md.contains(&format!("- {}\n", escape_inline("- item"))));
    }
}

#[test]
fn fifty_participants_render_quickly() {
    let mut t = RoundTable::new("rt-4", "rec-4", "Grote groep", Mode::OwnDevices, SECRET, NOV_23);
    for i in 0..50u8 {
        let id = t.add_participant("", anonymous).expect("room");
        let mut a = Assessment::default();
        for (k, item) in Item::ALL.iter().enumerate() {
            let x = if item.is_flag() {
                ItemAnswer::Flag([FlagAnswer::Yes, FlagAnswer::No, FlagAnswer::Unsure][(usize::from(i) + k) % 3])
            } else {
                ItemAnswer::Scale(level((i + k as u8) % 5 + 1))
            };
            let x = (i % 7 != k as u8 % 7).then_some(x);
            answer(&mut a, *item, x, &format!("Toelichting {i}"));
        }
        assert!(t.set_answers(&id, &a, i % 2 == 0));
    }
    let base = base(Lang::Nl);
    let started = Instant::now();
    for lang in Lang::ALL {
        let md = roundtable_markdown(&t, &base, &OrgConfig::default(), lang, NOV_23);
        assert!(md.contains(&rt::RT_PARTICIPANTS.fill(lang, &[("n", "50")])));
        let rows =
            md.lines().filter(|l| l.strip_prefix("| Deelnemer ").is_some_and(|r| r.starts_with(char::is_numeric)));
        assert_eq!(rows.count(), 17 * 50);
        assert!(md.contains("| Deelnemer 50 |"));
        assert_tables_well_formed(&md, "fifty");
    }
    let json = roundtable_json(&t, &base, NOV_23);
    assert!(json.contains("Deelnemer 50"));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(1), "took {took:?}");
}

/// Every string value in a JSON document.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(xs) => xs.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| {
            out.push(k.clone());
            strings(x, out);
        }),
        _ => {}
    }
}

#[test]
fn json_export() {
    let t = three();
    let base = base(Lang::Nl);
    let json = roundtable_json(&t, &base, NOV_23 + 7);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert!(json.contains("\n  \"format\""), "pretty-printed: {json}");
    assert_eq!(v["format"], ROUNDTABLE_FORMAT);
    assert_eq!(ROUNDTABLE_FORMAT, "wenselijk-roundtable");
    assert_eq!(v["version"], ROUNDTABLE_VERSION);
    assert_eq!(v["version"], 1);
    assert_eq!(v["exported"], NOV_23 + 7);
    let keys: Vec<&str> = v.as_object().expect("an object").keys().map(String::as_str).collect();
    let mut want = vec!["format", "version", "exported", "round_table", "assessment", "agreed_result"];
    want.sort_unstable();
    let mut got = keys.clone();
    got.sort_unstable();
    assert_eq!(got, want);

    // The secret is nowhere: not as a value, not as a key of the session.
    assert!(!json.contains(SECRET), "the secret leaked");
    let mut all = Vec::new();
    strings(&v, &mut all);
    assert!(all.iter().all(|s| !s.contains(SECRET)));
    assert!(v["round_table"].get("secret").is_none(), "the secret field is left out");

    // Everything else reads back unchanged.
    let back: RoundTable = serde_json::from_value(v["round_table"].clone()).expect("a round table");
    assert_eq!(back, RoundTable { secret: String::new(), ..t.clone() });
    assert_eq!(t.secret, SECRET, "the session itself keeps its secret");
    let assessment: Assessment = serde_json::from_value(v["assessment"].clone()).expect("an assessment");
    assert_eq!(assessment, base);
    let result: Assessment = serde_json::from_value(v["agreed_result"].clone()).expect("an assessment");
    assert_eq!(result, apply_agreed(&t, &base));
    assert_eq!(result.flag(RedFlag::BigBrother).answer, Some(FlagAnswer::Yes));
    assert_eq!(result.flag(RedFlag::BigBrother).note, "Klanten voelen zich gevolgd");
    assert_ne!(evaluate(&result).verdict, evaluate(&base).verdict);

    // Deterministic.
    assert_eq!(json, roundtable_json(&t, &base, NOV_23 + 7));
}

#[test]
fn json_export_of_hostile_and_empty_sessions() {
    let (hostile, hostile_base, _, _) = hostile_and_plain();
    let json = roundtable_json(&hostile, &hostile_base, 0);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert!(!json.contains(SECRET));
    let back: RoundTable = serde_json::from_value(v["round_table"].clone()).expect("a round table");
    assert_eq!(back.name, hostile.name);
    assert_eq!(back.participants, hostile.participants);

    // A secret that is also an ordinary word elsewhere is still only left
    // out of the secret field.
    let mut t = RoundTable::new("rt-5", "rec-5", "", Mode::OneDevice, "", 0);
    let json = roundtable_json(&t, &Assessment::default(), 0);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert!(v["round_table"].get("secret").is_none());
    t.secret = "p1".into();
    t.add_participant("", anonymous).expect("room");
    let v: serde_json::Value = serde_json::from_str(&roundtable_json(&t, &Assessment::default(), 0)).expect("JSON");
    assert!(v["round_table"].get("secret").is_none());
    assert_eq!(v["round_table"]["participants"][0]["id"], "p1");
}

/// Lens questions (issue 14): listed by disagreement with everyone's answer
/// in words, the organisation's extra question in its words (escaped), the
/// agreed answer, and counted among the items; none when the session is
/// about a customer group.
#[test]
fn lens_questions_are_listed() {
    use wenselijk::domain::lens::{LensAnswer, LensId};
    use wenselijk::i18n::lens as lens_text;
    let (org, _) = wenselijk::config::parse(
        r#"{"lenses": {"questions": {"golden_rules": [{"nl": "Mag de klant *nee* zeggen?", "en": "Can the customer say *no*?"}]}}}"#,
    );
    let bother = Item::Lens(LensId::GoldenRules, 2);
    let extra = Item::Lens(LensId::GoldenRules, 6);
    let mut t = three();
    let ids: Vec<String> = t.participants.iter().map(|p| p.id.clone()).collect();
    for (id, x) in ids.iter().zip([LensAnswer::Yes, LensAnswer::No, LensAnswer::NotApplicable]) {
        let p = t.participant_mut(id).unwrap();
        answer(&mut p.answers, bother, Some(ItemAnswer::Lens(x)), "");
    }
    let first = t.participant_mut(&ids[0]).unwrap();
    answer(&mut first.answers, extra, Some(ItemAnswer::Lens(LensAnswer::Unsure)), "Weet ik niet");
    assert!(t.agree(bother, ItemAnswer::Lens(LensAnswer::No), "Eén keer is genoeg"));
    for lang in Lang::ALL {
        let mut base = base(lang);
        base.lenses.switch(LensId::GoldenRules, true);
        let md = roundtable_markdown(&t, &base, &org, lang, NOV_23);
        assert_tables_well_formed(&md, "lens questions");
        let name = lens_text::lens(LensId::GoldenRules).name.get(lang);
        let question = lens_text::lens(LensId::GoldenRules).questions[2].get(lang);
        let heading = md.lines().find(|l| l.ends_with(&format!("{name}: {question}"))).expect("the lens question");
        let items = t.items(&base, &org.lenses.rules().extra);
        let order = agenda(&t, &items);
        let at = order.iter().position(|s| s.item == bother).unwrap();
        assert_eq!(order[at].spread, 2, "yes, no and not applicable: not all the same");
        assert!(order[..at].iter().all(|s| s.spread >= 2), "by disagreement");
        assert!(heading.starts_with(&format!("### {}. ", at + 1)), "{heading}");
        let part = &md[md.find(heading).unwrap()..];
        let part = &part[..part[4..].find("\n#").map_or(part.len(), |e| e + 4)];
        for x in [LensAnswer::Yes, LensAnswer::No, LensAnswer::NotApplicable] {
            assert!(part.contains(&format!("| {} |", lens_text::answer(x).get(lang))), "{part}");
        }
        assert!(part.contains("Eén keer is genoeg") && part.contains(lens_text::answer(LensAnswer::No).get(lang)));
        let own = if lang == Lang::Nl { r"Mag de klant \*nee\* zeggen?" } else { r"Can the customer say \*no\*?" };
        assert!(md.contains(&format!("{name}: {own}")), "the extra question, escaped");
        assert!(md.contains("Weet ik niet"));
        let total = (17 + 6 + 1).to_string();
        let agreed = rt::RT_AGREED_COUNT.fill(lang, &[("n", "3"), ("total", &total)]);
        assert!(md.contains(&agreed), "{agreed}");
        // A session about a customer group asks no lens questions.
        let mut grouped = base.clone();
        grouped.groups.push(Group { id: "g1".into(), name: "Seniors".into(), ..Group::default() });
        let g = RoundTable { group: Some("g1".into()), ..t.clone() };
        assert!(!roundtable_markdown(&g, &grouped, &org, lang, NOV_23).contains(&format!("{name}: ")));
    }
}
