//! Lenses in the Markdown report and in compare (issue 14): each lens's
//! section with its picture in words, "counts" or advice, the answered
//! questions; user text inert; the lenses side by side in compare.

#[path = "common/markdown.rs"]
mod markdown;

use lens::{Channel, ContactPlan, Day, Journey, LensAnswer as A, LensEntry, LensId as L, Status, Step};
use markdown::{assert_tables_well_formed, structure, unescaped};
use wenselijk::config::{LocalText, OrgConfig};
use wenselijk::domain::*;
use wenselijk::i18n::Lang;
use wenselijk::report::{self, compare_markdown, escape_inline, markdown};

fn lv(n: u8) -> A {
    A::Level(Level::new(n).unwrap())
}

/// An assessment with `on` switched on and the answers of `golden()`.
fn with_lenses(on: &[L]) -> Assessment {
    let mut a = Assessment::default();
    a.idea.title = "Idea".into();
    a.lenses = golden(on, "", "");
    a
}

/// Lenses on, answered: `note` on every answer, `step` in every step name.
fn golden(on: &[L], note: &str, step: &str) -> lens::Lenses {
    let mut ls = lens::Lenses::default();
    for l in on {
        ls.switch(*l, true);
    }
    for (l, key, answer) in [
        (L::GoldenRules, "bother", A::No),
        (L::GoldenRules, "promises", A::Yes),
        (L::GoldenRules, "x1", A::No),
        (L::BMap, "motivation", lv(4)),
        (L::BMap, "ability", lv(2)),
        (L::BMap, "act_now", A::No),
        (L::Moments, "worry", A::Yes),
        (L::PeaksEnds, "before", lv(1)),
        (L::PeaksEnds, "during", lv(5)),
        (L::PeaksEnds, "end", A::NotApplicable),
        (L::Emotions, "feeling", lv(2)),
        (L::Emotions, "tone", A::Yes),
        (L::Emotions, "upfront", A::No),
        (L::Emotions, "surprise", A::Unknown),
    ] {
        *ls.entry_mut(l, key) = LensEntry { answer: Some(answer), note: note.into() };
    }
    ls.plan = ContactPlan {
        channel: Some(Channel::Email),
        day: Some(Day::Sun),
        hour: Some(3),
        per_week: Some(3),
        in_time: Some(FlagAnswer::No),
    };
    ls.journey = Journey {
        steps: vec![
            Step { name: format!("Order{step}"), matters: false },
            Step { name: format!("First invoice{step}"), matters: true },
        ],
        at: Some(1),
    };
    ls
}

fn org() -> OrgConfig {
    OrgConfig::default()
}

/// The part of the report under the lens's heading.
fn lens_part(md: &str, l: L, lang: Lang) -> String {
    let head = format!("### {}\n", wenselijk::i18n::lens::lens(l).name.get(lang));
    let start = md.find(&head).unwrap_or_else(|| panic!("no section {head}in\n{md}"));
    let end = md[start + 1..].find("\n## ").or(md[start + 1..].find("\n### ")).map_or(md.len(), |i| start + 1 + i);
    md[start..end].to_string()
}

#[test]
fn each_lens_shows_its_points_its_picture_and_what_to_change() {
    // (lens, language, what its section says)
    let cases: &[(L, Lang, &[&str])] = &[
        (
            L::GoldenRules,
            Lang::En,
            &[
                "Advice: does not change the verdict.",
                "1 met, 0 at risk, 2 broken, 3 open",
                "**Source:** The six golden rules",
                "| Do not bother the customer unnecessarily | broken |",
                "| Keep your promises | met |",
                "Channel: Email. On this channel customers expect an answer the same or the next working day.",
                "Day of sending: Sunday",
                "Hour of sending: 3:00",
                "Such contacts per week: 3",
                "Can this channel answer in time? No",
                "- Sent at 3:00: at night.",
                "- 3 times in a week: too often.",
                "- Send less often, at a normal time",
                "| Does the customer gain from every contact, so you never bother them without reason? | No |  |",
            ],
        ),
        (
            L::GoldenRules,
            Lang::Nl,
            &["Advies: verandert het oordeel niet.", "| Val de klant niet onnodig lastig | geschonden |", "Uur van versturen: 3:00", "- Verstuurd om 3:00: ’s nachts."],
        ),
        (
            L::BMap,
            Lang::En,
            &[
                "| Above the action line | at risk |",
                "Motivation 4 (High), ability 2 (Low). On the action line: the prompt works sometimes, sometimes not.",
                "- Make the step smaller",
                "| How easy is the step for the customer at that moment? | 2 Low |  |",
            ],
        ),
        (L::BMap, Lang::Nl, &["Motivatie 4 (Hoog), vermogen 2 (Laag). Op de actielijn"]),
        (
            L::Moments,
            Lang::En,
            &[
                "| A moment that counts for the customer | met |",
                "- Step 1: Order (Step in your own process)\n- Step 2: First invoice (Counts for the customer) · **The idea comes here**",
                "Nothing: every answered point is met.",
            ],
        ),
        (
            L::PeaksEnds,
            Lang::En,
            &["Before: 1 Very low. During: 5 Very high.", "| Turns a low into a peak | met |", "| A good end | not applicable |", "| Not applicable |"],
        ),
        (L::PeaksEnds, Lang::Nl, &["Vóór: 1 Heel laag. Tijdens: 5 Heel hoog.", "| Niet van toepassing |"]),
        (
            L::Emotions,
            Lang::En,
            &[
                "Feeling at this moment: 2 Low",
                "**Signs of authenticity:** Tone fits the feeling",
                "**Warnings:** Open up front",
                "| Not known yet |",
                "- Say in the message itself why you come now",
            ],
        ),
    ];
    for (l, lang, want) in cases {
        let md = markdown(&with_lenses(&[*l]), &org(), *lang, 0);
        let part = lens_part(&md, *l, *lang);
        for w in *want {
            assert!(part.contains(w), "{l:?} {lang:?}: {w:?} not in\n{part}");
        }
        assert_tables_well_formed(&md, &format!("{l:?}"));
        // Only the lens that is on.
        let others = L::ALL.iter().filter(|o| *o != l);
        for o in others {
            assert!(!md.contains(&format!("### {}", wenselijk::i18n::lens::lens(*o).name.get(*lang))), "{o:?} is off");
        }
    }
}

#[test]
fn no_lens_on_means_no_section_even_with_answers_kept() {
    let mut a = with_lenses(&[]);
    assert!(!a.lenses.answers.is_empty());
    for lang in Lang::ALL {
        let md = markdown(&a, &org(), lang, 0);
        assert!(!md.contains(&format!("## {}\n", wenselijk::i18n::lens::LENSES.get(lang))), "{md}");
    }
    a.lenses.switch(L::BMap, true);
    assert!(markdown(&a, &org(), Lang::En, 0).contains("\n## Lenses\n\n### B = MAP"));
}

#[test]
fn a_lens_that_counts_says_so_and_the_organisations_questions_are_asked() {
    let mut org = org();
    org.lenses.counting = lens::LensSet::of(&[L::GoldenRules]);
    org.lenses.questions[L::GoldenRules.index()] =
        vec![LocalText { nl: "Mag het *zo*?".into(), en: "Is it <b>allowed</b>?".into() }];
    let a = with_lenses(&[L::GoldenRules, L::Moments]);
    let md = markdown(&a, &org, Lang::En, 0);
    let golden = lens_part(&md, L::GoldenRules, Lang::En);
    assert!(golden.contains("Counts: a broken point makes the verdict at most"), "{golden}");
    assert!(
        golden.contains("| Is it &lt;b&gt;allowed&lt;/b&gt;? | broken |"),
        "the point named by the question: {golden}"
    );
    assert!(golden.contains("| Is it &lt;b&gt;allowed&lt;/b&gt;? | No |  |"), "and answered: {golden}");
    assert!(lens_part(&md, L::Moments, Lang::En).contains("Advice: does not change the verdict."));
    let nl = markdown(&a, &org, Lang::Nl, 0);
    assert!(nl.contains("| Mag het \\*zo\\*? | geschonden |"), "{nl}");
}

#[test]
fn an_empty_plan_and_journey_say_so() {
    let mut a = with_lenses(&[L::GoldenRules, L::Moments, L::BMap]);
    a.lenses.plan = ContactPlan::default();
    a.lenses.journey = Journey::default();
    a.lenses.answers.clear();
    let md = markdown(&a, &org(), Lang::En, 0);
    assert!(lens_part(&md, L::GoldenRules, Lang::En).contains("**Contact plan**\n\nNot filled in"));
    assert!(lens_part(&md, L::Moments, Lang::En).contains("Not chosen yet where the idea comes."));
    assert!(lens_part(&md, L::BMap, Lang::En).contains("Answer motivation and ability to place the idea on the chart."));
    // A plan without trouble.
    a.lenses.plan =
        ContactPlan { channel: Some(Channel::Phone), hour: Some(10), per_week: Some(1), ..ContactPlan::default() };
    let md = markdown(&a, &org(), Lang::En, 0);
    assert!(lens_part(&md, L::GoldenRules, Lang::En).contains("The time and the number of contacts are fine."));
}

const HOSTILE: &str = "<script>x</script> | # [a](b) `c` *d* _e_ ~f~\n- item\n1. list";

#[test]
fn hostile_notes_and_step_names_cannot_change_the_structure() {
    let mut hostile = with_lenses(&L::ALL);
    hostile.lenses = golden(&L::ALL, HOSTILE, HOSTILE);
    let mut plain = with_lenses(&L::ALL);
    plain.lenses = golden(&L::ALL, "plain words", " plain");
    for lang in Lang::ALL {
        let md = markdown(&hostile, &org(), lang, 0);
        let reference = markdown(&plain, &org(), lang, 0);
        assert!(!md.contains('<') && !md.contains('>'), "raw < or > in\n{md}");
        for c in ['[', ']', '`', '_', '~'] {
            assert_eq!(unescaped(&md, c), 0, "unescaped {c:?}");
        }
        for c in ['*', '#', '|'] {
            assert_eq!(unescaped(&md, c), unescaped(&reference, c), "unescaped {c:?}");
        }
        assert_eq!(structure(&md), structure(&reference), "block structure differs");
        assert_tables_well_formed(&md, "hostile");
        assert!(md.contains(&escape_inline("<script>x</script>")));
    }
}

#[test]
fn compare_shows_each_lens_point_side_by_side_and_off_where_it_is_off() {
    let a = with_lenses(&[L::BMap, L::GoldenRules]);
    let mut b = with_lenses(&[L::BMap]);
    b.lenses.entry_mut(L::BMap, "ability").answer = Some(lv(5));
    let c = with_lenses(&[]);
    let rows = report::lens::compare_rows(&[&a, &b, &c], &org(), Lang::En);
    let lenses: Vec<L> = rows.iter().map(|(l, _)| *l).collect();
    assert_eq!(lenses, [L::GoldenRules, L::BMap], "each lens on anywhere, in order");
    let bmap = &rows[1].1;
    assert_eq!(bmap[0], ("Above the action line".to_string(), vec![Some(Status::AtRisk), Some(Status::Met), None]));
    assert_eq!(rows[0].1.len(), 6);
    assert_eq!(rows[0].1[2].1, [Some(Status::Broken), None, None]);
    assert_eq!(report::lens::status_words(None, Lang::Nl), "uit");
    assert!(report::lens::compare_rows(&[&c, &c], &org(), Lang::En).is_empty());

    let md = compare_markdown(&[("A", &a), ("B", &b), ("C", &c)], &org(), Lang::En, 0);
    assert!(md.contains("## Lenses\n\n### Golden rules of customer contact\n\n| Point | A | B | C |"), "{md}");
    assert!(md.contains("| Do not bother the customer unnecessarily | broken | off | off |"), "{md}");
    assert!(md.contains("| Above the action line | at risk | met | off |"), "{md}");
    assert_tables_well_formed(&md, "compare");
    let none = compare_markdown(&[("A", &c), ("B", &c)], &org(), Lang::En, 0);
    assert!(!none.contains("## Lenses"));
}

#[test]
fn lens_answers_in_words() {
    let cases = [
        (None, "Not answered yet", "Nog niet beantwoord"),
        (Some(A::Unknown), "Not known yet", "Nog niet bekend"),
        (Some(lv(3)), "3 Middle", "3 Midden"),
        (Some(A::Yes), "Yes", "Ja"),
        (Some(A::No), "No", "Nee"),
        (Some(A::Unsure), "Unsure", "Weet niet"),
        (Some(A::NotApplicable), "Not applicable", "Niet van toepassing"),
    ];
    for (a, en, nl) in cases {
        assert_eq!(wenselijk::i18n::lens::answer_word(a, Lang::En), en);
        assert_eq!(wenselijk::i18n::lens::answer_word(a, Lang::Nl), nl);
    }
}

#[test]
fn the_contact_plan_in_lines_of_words() {
    let full = ContactPlan {
        channel: Some(Channel::Email),
        day: Some(Day::Sat),
        hour: Some(3),
        per_week: Some(3),
        in_time: Some(FlagAnswer::Unsure),
    };
    let cases = [
        (ContactPlan::default(), Lang::En, vec![]),
        (ContactPlan { hour: Some(21), ..Default::default() }, Lang::Nl, vec!["Uur van versturen: 21:00"]),
        (
            full,
            Lang::En,
            vec![
                "Channel: Email. On this channel customers expect an answer the same or the next working day.",
                "Day of sending: Saturday",
                "Hour of sending: 3:00",
                "Such contacts per week: 3",
                "Can this channel answer in time? Unsure",
            ],
        ),
    ];
    for (plan, lang, want) in cases {
        assert_eq!(report::lens::plan_lines(&plan, lang), want, "{plan:?} in {lang:?}");
    }
}
