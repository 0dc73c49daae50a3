//! The customer groups in the report of one assessment: the model both the
//! Markdown and print render (order, rule, table, only what differs, advice),
//! the Markdown in both languages, and group names, descriptions and notes
//! that stay inert however hostile.

#[path = "common/markdown.rs"]
mod markdown;

use markdown::{assert_tables_well_formed, structure, unescaped};
use wenselijk::config::OrgConfig;
use wenselijk::domain::scoring::{evaluate, Verdict};
use wenselijk::domain::*;
use wenselijk::i18n::{report as rt, ui, Lang};
use wenselijk::report::groups::{groups_report, Label};
use wenselijk::report::{escape_cell, markdown};

/// Every item answered: dimensions and values at 4, no red flag.
fn base() -> Assessment {
    let mut a = Assessment::default();
    a.idea.title = "Jaaroverzicht".into();
    for d in DimensionId::ALL {
        a.dimension_mut(d).answer = Some(Answer::lv(4));
    }
    for q in ValueQuestion::ALL {
        a.value_mut(q).answer = Some(Answer::lv(4));
    }
    for f in RedFlag::ALL {
        a.flag_mut(f).answer = Some(FlagAnswer::No);
    }
    a
}

fn entry(level: u8, note: &str) -> Entry {
    Entry { answer: Some(Answer::lv(level)), note: note.into() }
}

/// Three groups: the first crosses the line (trust 1, empathy 2), the second
/// is better off (autonomy 5), the third raises a red flag (conditional).
fn with_groups(names: [&str; 3], text: &str) -> Assessment {
    let mut a = base();
    let mut money = Group {
        id: "g1".into(),
        name: names[0].into(),
        description: format!("Klanten met schulden. {text}"),
        share: Share::Percent(15),
        ..Group::default()
    };
    money.overrides.dimensions.insert(DimensionId::Trust, entry(1, &format!("Zij schrikken. {text}")));
    money.overrides.dimensions.insert(DimensionId::Empathy, entry(2, ""));
    let mut young = Group { id: "g2".into(), name: names[1].into(), share: Share::Large, ..Group::default() };
    young.overrides.dimensions.insert(DimensionId::Autonomy, entry(5, "Zetten het zelf uit."));
    let mut older = Group { id: "g3".into(), name: names[2].into(), share: Share::Small, ..Group::default() };
    older.overrides.flags.insert(
        RedFlag::Paternalism,
        FlagEntry { answer: Some(FlagAnswer::Yes), note: format!("Betuttelend. {text}") },
    );
    a.groups = vec![money, young, older];
    a
}

const NAMES: [&str; 3] = ["Mensen met geldzorgen", "Jonge klanten", "Ouderen"];

#[test]
fn the_model_orders_compares_and_advises() {
    let a = with_groups(NAMES, "");
    let o = evaluate(&a);
    assert_eq!(o.verdict, Some(Verdict::Conditional), "the money-worries group caps the verdict");
    for lang in Lang::ALL {
        let g = groups_report(&a, &o, lang).expect("groups");
        assert_eq!(g.labels, NAMES.iter().map(|n| Label::User(n.to_string())).collect::<Vec<_>>());
        // The rule names only the group that crosses the line.
        let rule = g.names(g.rule.as_deref().expect("a group capped the verdict"));
        assert!(rule.contains("‘Mensen met geldzorgen’"), "{rule}");
        assert!(!rule.contains("Jonge") && !rule.contains("Ouderen"), "{rule}");
        assert!(rule.contains(ui::verdict_name(Some(Verdict::Conditional)).get(lang)), "{rule}");
        // The table: the typical customer (their own verdict, before the
        // groups capped the overall one), then the groups as they stand.
        let rows: Vec<(Option<usize>, Option<Verdict>, &str)> =
            g.rows.iter().map(|r| (r.group, r.verdict, r.share.as_str())).collect();
        let (small, large) = (rt::SHARE_SMALL.get(lang), rt::SHARE_LARGE.get(lang));
        assert_eq!(
            rows,
            vec![
                (None, Some(Verdict::Desirable), "–"),
                (Some(0), Some(Verdict::CrossesLine), "15%"),
                (Some(1), Some(Verdict::Desirable), large),
                (Some(2), Some(Verdict::Conditional), small),
            ]
        );
        assert!(g.rows[1]
            .weakest
            .starts_with(wenselijk::i18n::framework::dimension_brief(DimensionId::Trust).name.get(lang)));
        // The sections: most urgent first.
        let order: Vec<usize> = g.sections.iter().map(|s| s.index).collect();
        assert_eq!(order, vec![0, 2, 1]);
        // Only what differs, with the typical customer's answer and the note.
        let money = &g.sections[0];
        let items: Vec<&str> = money.differences.iter().map(|d| d.item).collect();
        let name = |d| wenselijk::i18n::framework::dimension_brief(d).name.get(lang);
        assert_eq!(items, vec![name(DimensionId::Trust), name(DimensionId::Empathy)]);
        assert!(money.differences[0].group.starts_with("1 ") && money.differences[0].typical.starts_with("4 "));
        assert_eq!(money.differences[0].note, "Zij schrikken. ");
        assert_eq!(money.share.as_deref(), Some("15%"));
        assert_eq!(money.description, "Klanten met schulden.");
        assert!(money.reasons.iter().any(|r| r.contains(name(DimensionId::Trust))), "{:?}", money.reasons);
        // Its own advice is about its own answers only.
        assert!(!money.advice.is_empty());
        assert!(
            money
                .advice
                .iter()
                .all(|x| x.head.contains(name(DimensionId::Trust)) || x.head.contains(name(DimensionId::Empathy))),
            "{:?}",
            money.advice
        );
        assert!(money.advice[0].head.contains(name(DimensionId::Trust)), "most urgent first");
        // Better off: nothing of its own to advise.
        let young = &g.sections[2];
        assert_eq!(young.verdict, Some(Verdict::Desirable));
        assert!(young.advice.is_empty() && young.reasons.is_empty());
        let older = &g.sections[1];
        assert_eq!(older.differences.len(), 1);
        assert_eq!(older.differences[0].group, ui::flag_answer(FlagAnswer::Yes).get(lang));
        assert_eq!(older.differences[0].typical, ui::flag_answer(FlagAnswer::No).get(lang));
    }
}

#[test]
fn without_groups_there_is_no_section() {
    let a = base();
    assert_eq!(groups_report(&a, &evaluate(&a), Lang::Nl), None);
    for lang in Lang::ALL {
        let md = markdown(&a, &OrgConfig::default(), lang, 0);
        assert!(!md.contains(rt::GROUPS.get(lang)), "{md}");
    }
}

#[test]
fn no_rule_when_the_typical_customer_crosses_the_line_too() {
    let mut a = with_groups(NAMES, "");
    a.dimension_mut(DimensionId::Time).answer = Some(Answer::lv(1));
    let o = evaluate(&a);
    assert_eq!(o.verdict, Some(Verdict::CrossesLine));
    assert_eq!(groups_report(&a, &o, Lang::En).and_then(|g| g.rule), None);
}

#[test]
fn markdown_in_both_languages() {
    let a = with_groups(NAMES, "");
    for lang in Lang::ALL {
        let md = markdown(&a, &OrgConfig::default(), lang, 0);
        let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("{s:?} not in\n{md}"));
        let section = at(&format!("\n## {}\n", rt::GROUPS.get(lang)));
        assert!(section > at(&format!("\n## {}\n", ui::SUGGESTIONS.get(lang))), "after the suggestions");
        assert!(section < at(&format!("\n## {}\n", rt::FOOTER_TITLE.get(lang))), "before the footer");
        at(rt::GROUPS_INTRO.get(lang));
        at(&format!("| {} |", rt::TYPICAL_CUSTOMER.get(lang)));
        at("| 1. Mensen met geldzorgen |");
        at("| 2. Jonge klanten |");
        // Sections most urgent first, numbered as in the table.
        let (one, two, three) = (at("\n### 1. Mensen"), at("\n### 2. Jonge"), at("\n### 3. Ouderen"));
        assert!(section < one && one < three && three < two, "order 1, 3, 2");
        // The young section lists autonomy only, not trust.
        let young = &md[two..md[two..].find("\n## ").map_or(md.len(), |e| two + e)];
        assert!(young.contains(wenselijk::i18n::framework::dimension_brief(DimensionId::Autonomy).name.get(lang)));
        assert!(young.contains("Zetten het zelf uit."), "{young}");
        assert!(young.contains(rt::GROUP_NO_ADVICE.get(lang)), "{young}");
        assert!(
            !young.contains(wenselijk::i18n::framework::dimension_brief(DimensionId::Trust).name.get(lang)),
            "{young}"
        );
        // The rule sentence, in bold.
        at(&format!("**{}", &rt::GROUPS_RULE.get(lang)[..12]));
        assert_tables_well_formed(&md, "groups");
    }
}

#[test]
fn hostile_group_names_descriptions_and_notes_stay_inert() {
    let hostile: &[&str] = &[
        "a\n# heading",
        "line\r\n\r\n## two",
        "| x | y |",
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "![x](http://evil/)",
        "`code` ```",
        "http://evil.example",
        "*bold* _it_ ~~gone~~ $x$",
        "1. list",
        "- item",
        "> quote",
        "&lt; \\",
        "\u{0}1\u{0}",
    ];
    for name in hostile {
        let names = [*name, "#2 <b>", "|3|"];
        let a = with_groups(names, name);
        let plain = with_groups(["x", "y", "z"], "x");
        for lang in Lang::ALL {
            let md = markdown(&a, &OrgConfig::default(), lang, 0);
            let reference = markdown(&plain, &OrgConfig::default(), lang, 0);
            assert!(!md.contains('<') && !md.contains('>'), "{name:?}: raw < or > in\n{md}");
            for c in ['[', ']', '`', '_', '~', '$'] {
                assert_eq!(unescaped(&md, c), 0, "{name:?}: unescaped {c:?} in\n{md}");
            }
            for c in ['*', '#', '|'] {
                assert_eq!(unescaped(&md, c), unescaped(&reference, c), "{name:?}: unescaped {c:?} in\n{md}");
            }
            assert_eq!(structure(&md), structure(&reference), "{name:?}: block structure differs in\n{md}");
            assert_tables_well_formed(&md, "groups");
            assert!(!md.contains('\u{0}'), "{name:?}: a marker left in\n{md}");
            // The name is in the table, the section heading, the rule and the
            // base's finding and advice, each time escaped on one line.
            let one_line = escape_cell(&name.split_whitespace().collect::<Vec<_>>().join(" "));
            if !one_line.is_empty() {
                assert!(md.matches(&one_line).count() >= 5, "{name:?} as {one_line:?}:\n{md}");
            }
        }
    }
}

#[test]
fn a_blank_name_is_numbered() {
    let a = with_groups(["  \n ", "Jonge klanten", ""], "");
    let o = evaluate(&a);
    for lang in Lang::ALL {
        let g = groups_report(&a, &o, lang).expect("groups");
        let first = rt::GROUP_UNNAMED.fill(lang, &[("n", "1")]);
        assert_eq!(g.labels[0], Label::Own(first.clone()));
        assert_eq!(g.labels[2], Label::Own(rt::GROUP_UNNAMED.fill(lang, &[("n", "3")])));
        let md = markdown(&a, &OrgConfig::default(), lang, 0);
        assert!(md.contains(&format!("### 1. {first}")), "{md}");
        // The base's finding names it too, instead of an empty name.
        assert!(md.contains(&format!("‘{first}’")), "{md}");
        assert!(!md.contains("‘’"), "{md}");
    }
}

#[test]
fn the_e2e_fixture_has_two_groups_with_these_verdicts() {
    // tests/e2e/groups-report.test.mjs and embed.test.mjs import this file.
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures/export-groups.json"))
        .expect("fixture");
    let records = wenselijk::codec::file::import(&text).expect("a valid export");
    let a = &records[0].assessment;
    let o = evaluate(a);
    assert_eq!(o.verdict, Some(Verdict::Conditional));
    let verdicts: Vec<Option<Verdict>> = o.groups.iter().map(|g| g.outcome.verdict).collect();
    assert_eq!(verdicts, vec![Some(Verdict::CrossesLine), Some(Verdict::Desirable)]);
}
