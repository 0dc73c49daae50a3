//! Comparing assessments: the item-by-item diff, dimension deltas and the
//! Markdown comparison.

use wenselijk::config::OrgConfig;
use wenselijk::domain::compare::{diff, dimension_delta, Change, Item};
use wenselijk::domain::scoring::evaluate;
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::{framework, report as rt, ui, Lang};
use wenselijk::report::{compare_markdown, escape_inline, item_name};

const NOV_23: u64 = 1_795_392_000_000;

fn base() -> Assessment {
    example(ExampleId::PostPurchase).build(Lang::En)
}

fn change(item: Item, answer_changed: bool, note_changed: bool) -> Change {
    Change { item, answer_changed, note_changed }
}

#[test]
fn identical_assessments_have_no_changes() {
    let mut all: Vec<Assessment> = vec![Assessment::default()];
    for id in ExampleId::ALL {
        for lang in Lang::ALL {
            all.push(example(id).build(lang));
        }
    }
    for a in &all {
        assert_eq!(diff(a, a), vec![]);
        assert_eq!(diff(a, &a.clone()), vec![]);
    }
    // Where it came from, whitespace around texts and empty entries do not count.
    let a = base();
    let mut b = a.clone();
    b.example = None;
    b.idea.title = format!("  {}\n", a.idea.title);
    b.dimension_mut(DimensionId::Trust).note.push(' ');
    b.flag_mut(RedFlag::Pushiness);
    b.value_mut(ValueQuestion::OrgValue);
    assert_eq!(diff(&a, &b), vec![]);
    assert_eq!(
        diff(&Assessment::default(), &{
            let mut x = Assessment::default();
            x.dimension_mut(DimensionId::Time);
            x
        }),
        vec![]
    );
}

#[test]
fn single_changes_per_kind() {
    type Edit = fn(&mut Assessment);
    let cases: &[(&str, Edit, Change)] = &[
        ("title", |a| a.idea.title = "Other".into(), change(Item::Idea(IdeaField::Title), false, true)),
        ("message", |a| a.idea.message.clear(), change(Item::Idea(IdeaField::Message), false, true)),
        ("data", |a| a.idea.data.push_str(" and more"), change(Item::Idea(IdeaField::Data), false, true)),
        (
            "dimension answer",
            |a| a.dimension_mut(DimensionId::Autonomy).answer = Some(Answer::Unknown),
            change(Item::Dimension(DimensionId::Autonomy), true, false),
        ),
        (
            "dimension cleared",
            |a| a.dimension_mut(DimensionId::Complexity).answer = None,
            change(Item::Dimension(DimensionId::Complexity), true, false),
        ),
        (
            "dimension note",
            |a| a.dimension_mut(DimensionId::Place).note = "New note".into(),
            change(Item::Dimension(DimensionId::Place), false, true),
        ),
        (
            "dimension both",
            |a| *a.dimension_mut(DimensionId::Time) = Entry { answer: Some(Answer::lv(1)), note: "Night".into() },
            change(Item::Dimension(DimensionId::Time), true, true),
        ),
        (
            "value answer",
            |a| a.value_mut(ValueQuestion::CustomerValue).answer = Some(Answer::lv(1)),
            change(Item::Value(ValueQuestion::CustomerValue), true, false),
        ),
        (
            "value note",
            |a| a.value_mut(ValueQuestion::OrgValuesFit).note = "Changed".into(),
            change(Item::Value(ValueQuestion::OrgValuesFit), false, true),
        ),
        ("org values", |a| a.org_values = "Bold".into(), change(Item::OrgValues, false, true)),
        (
            "flag answer",
            |a| a.flag_mut(RedFlag::BigBrother).answer = Some(FlagAnswer::Unsure),
            change(Item::Flag(RedFlag::BigBrother), true, false),
        ),
        (
            "flag note",
            |a| a.flag_mut(RedFlag::UnnecessaryContact).note = "Once only".into(),
            change(Item::Flag(RedFlag::UnnecessaryContact), false, true),
        ),
    ];
    let a = base();
    for (what, edit, want) in cases {
        let mut b = a.clone();
        edit(&mut b);
        assert_ne!(a, b, "{what}: the edit must change something");
        assert_eq!(diff(&a, &b), vec![*want], "{what}");
        // The other way round, the same item changed the same way.
        assert_eq!(diff(&b, &a), vec![*want], "{what} reversed");
    }
}

#[test]
fn changes_come_in_a_stable_order() {
    let a = base();
    let mut b = a.clone();
    b.flag_mut(RedFlag::Paternalism).answer = Some(FlagAnswer::Yes);
    b.org_values = "Different".into();
    b.value_mut(ValueQuestion::OrgValue).answer = Some(Answer::lv(5));
    b.dimension_mut(DimensionId::Autonomy).note = "Changed".into();
    b.dimension_mut(DimensionId::Complexity).answer = Some(Answer::lv(2));
    b.idea.moment = "Later".into();
    let items: Vec<Item> = diff(&a, &b).iter().map(|c| c.item).collect();
    assert_eq!(
        items,
        vec![
            Item::Idea(IdeaField::Moment),
            Item::Dimension(DimensionId::Complexity),
            Item::Dimension(DimensionId::Autonomy),
            Item::Value(ValueQuestion::OrgValue),
            Item::OrgValues,
            Item::Flag(RedFlag::Paternalism),
        ]
    );
    // A blank assessment against a full example: every filled-in item changed.
    let all = diff(&Assessment::default(), &a);
    let n = Item::all().count();
    assert_eq!(n, 7 + 8 + 4 + 1 + 5);
    assert!(all.len() <= n && all.len() > 17, "{}", all.len());
    let order: Vec<Item> = Item::all().filter(|i| all.iter().any(|c| c.item == *i)).collect();
    assert_eq!(all.iter().map(|c| c.item).collect::<Vec<_>>(), order);
}

#[test]
fn dimension_delta_sign() {
    let with = |d: DimensionId, answer: Option<Answer>| {
        let mut a = Assessment::default();
        a.dimension_mut(d).answer = answer;
        a
    };
    let d = DimensionId::Trust;
    let cases: &[(Option<Answer>, Option<Answer>, Option<i8>)] = &[
        (Some(Answer::lv(2)), Some(Answer::lv(4)), Some(2)),
        (Some(Answer::lv(4)), Some(Answer::lv(2)), Some(-2)),
        (Some(Answer::lv(3)), Some(Answer::lv(3)), Some(0)),
        (Some(Answer::lv(1)), Some(Answer::lv(5)), Some(4)),
        (Some(Answer::lv(5)), Some(Answer::lv(1)), Some(-4)),
        (Some(Answer::Unknown), Some(Answer::lv(3)), None),
        (Some(Answer::lv(3)), Some(Answer::Unknown), None),
        (None, Some(Answer::lv(3)), None),
        (Some(Answer::lv(3)), None, None),
        (None, None, None),
    ];
    for (x, y, want) in cases {
        assert_eq!(dimension_delta(&with(d, *x), &with(d, *y), d), *want, "{x:?} -> {y:?}");
        // Other dimensions are unaffected.
        assert_eq!(dimension_delta(&with(d, *x), &with(d, *y), DimensionId::Time), None);
    }
}

#[test]
fn compare_markdown_mentions_changes() {
    let a = base();
    let mut b = a.clone();
    b.dimension_mut(DimensionId::Autonomy).answer = Some(Answer::lv(1));
    b.dimension_mut(DimensionId::Trust).note = "Customers said <b>no</b> [here](http://evil/)".into();
    b.flag_mut(RedFlag::Pushiness).answer = Some(FlagAnswer::Yes);
    b.idea.channel = "# SMS\n- at night".into();
    for lang in Lang::ALL {
        let md = compare_markdown(&[("A", &a), ("B", &b)], &OrgConfig::default(), lang, NOV_23);
        assert!(md.starts_with(&format!("# {}\n", rt::COMPARE_TITLE.get(lang))), "{md}");
        assert!(md.contains("2026-11-23"));
        for x in [&a, &b] {
            assert!(md.contains(ui::verdict_name(evaluate(x).verdict).get(lang)), "{md}");
        }
        for d in DimensionId::ALL {
            assert!(md.contains(&format!("| {} |", framework::dimension_brief(d).name.get(lang))), "{d:?}");
        }
        let heading = rt::COMPARE_CHANGES.fill(lang, &[("from", "A"), ("to", "B")]);
        assert!(md.contains(&format!("## {heading}")), "{md}");
        // Changed answers, old -> new.
        let old = wenselijk::explain::level_word(a.dimension_level(DimensionId::Autonomy).unwrap(), lang);
        let new = wenselijk::explain::level_word(Level::new(1).unwrap(), lang);
        let autonomy = framework::dimension_brief(DimensionId::Autonomy).name.get(lang);
        assert!(md.contains(&format!("**{autonomy}**: {old} → {new}")), "{md}");
        let pushiness = framework::flag_brief(RedFlag::Pushiness).name.get(lang);
        assert!(md.contains(&format!("**{pushiness}**: ")), "{md}");
        // Changed notes and texts: before and now, escaped.
        let trust = framework::dimension_brief(DimensionId::Trust).name.get(lang);
        assert!(md.contains(&format!("**{trust}**: ")), "{md}");
        assert!(md.contains(&escape_inline("Customers said <b>no</b> [here](http://evil/)")), "{md}");
        assert!(md.contains(&escape_inline(&a.dimension(DimensionId::Trust).note)), "{md}");
        assert!(md.contains(&format!("**{}**", item_name(Item::Idea(IdeaField::Channel)).get(lang))), "{md}");
        assert!(md.contains("\\# SMS  \n"), "{md}");
        // Unchanged items are not listed as changes.
        let after_changes = md.split(&heading).nth(1).unwrap_or_default();
        let place = framework::dimension_brief(DimensionId::Place).name.get(lang);
        assert!(!after_changes.contains(&format!("**{place}**")), "{md}");
        // The later column shows the step difference.
        assert!(md.contains(&format!("{new} (-")), "{md}");
        assert!(!md.contains('<') && !md.contains('>'), "{md}");
        for line in md.lines() {
            assert!(!line.starts_with("- #") && !line.starts_with("  - #"), "{line}");
        }
    }
}

#[test]
fn compare_markdown_edge_cases() {
    let a = base();
    let lang = Lang::Nl;
    // Identical: no changes.
    let md = compare_markdown(&[("A", &a), ("B", &a)], &OrgConfig::default(), lang, NOV_23);
    assert!(md.contains(rt::COMPARE_NO_CHANGES.get(lang)), "{md}");
    // Four: a section per later one, against the first.
    let others: Vec<Assessment> = [ExampleId::BankWrapped, ExampleId::LowToPeak, ExampleId::GovernmentHelp]
        .iter()
        .map(|id| example(*id).build(lang))
        .collect();
    let items = [("A", &a), ("B", &others[0]), ("C", &others[1]), ("D", &others[2])];
    let md = compare_markdown(&items, &OrgConfig::default(), lang, NOV_23);
    for to in ["B", "C", "D"] {
        let heading = rt::COMPARE_CHANGES.fill(lang, &[("from", "A"), ("to", to)]);
        assert!(md.contains(&format!("## {heading}\n")), "{to}: {md}");
    }
    assert!(md.contains("| Dimensie | A | B | C | D |"), "{md}");
    // Nothing to compare, and hostile or empty labels.
    let md = compare_markdown(&[], &OrgConfig::default(), lang, NOV_23);
    assert!(md.contains(rt::COMPARE_NOTHING.get(lang)));
    let md = compare_markdown(&[("<b>|x", &a), ("", &others[0])], &OrgConfig::default(), lang, NOV_23);
    assert!(!md.contains('<'), "{md}");
    assert!(md.contains("&lt;b&gt;\\|x"), "{md}");
    assert!(md.contains("| Dimensie | &lt;b&gt;\\|x | 2 |"), "{md}");
    // A single one: its answers, no changes section.
    let md = compare_markdown(&[("A", &a)], &OrgConfig::default(), lang, NOV_23);
    assert!(!md.contains("## Wat is er anders"), "{md}");
    assert!(md.contains(ui::verdict_name(evaluate(&a).verdict).get(lang)));
}

// ---------------------------------------------------------------- customer groups

use wenselijk::domain::compare::{
    answer_differs, for_group_name, group_columns, group_named, group_names, typical, Column, GroupName,
};
use wenselijk::domain::roundtable::{Item as Scored, ItemAnswer};
use wenselijk::domain::scoring::Verdict;

/// `base()` with groups named as given; group i differs on trust (level i + 1,
/// so the first crosses the line).
fn with_groups(names: &[&str]) -> Assessment {
    let mut a = base();
    a.groups = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut g = Group { id: format!("g{}", i + 1), name: (*name).into(), ..Group::default() };
            g.set_answer(Scored::Dimension(DimensionId::Trust), Some(ItemAnswer::Scale(Answer::lv(1 + i as u8))));
            g
        })
        .collect();
    a
}

#[test]
fn the_groups_of_one_idea_side_by_side() {
    let a = with_groups(&["Debts", "Young"]);
    let columns = group_columns(&a);
    let whom: Vec<Column> = columns.iter().map(|(c, _)| *c).collect();
    assert_eq!(whom, [Column::Typical, Column::Group(0), Column::Group(1)]);
    assert_eq!(columns[0].1, typical(&a));
    assert!(columns[0].1.groups.is_empty());
    for (i, g) in a.groups.iter().enumerate() {
        assert_eq!(columns[i + 1].1, g.effective(&a));
    }
    // The typical customer's verdict is the base's own, not capped by a group.
    assert_eq!(evaluate(&a).verdict, Some(Verdict::Conditional), "the overall verdict is capped");
    assert_eq!(evaluate(&columns[0].1).verdict, evaluate(&base()).verdict);
    assert_eq!(evaluate(&columns[1].1).verdict, Some(Verdict::CrossesLine));
    // Only trust differs, and only where a group's answer is not the base's.
    let trust = Scored::Dimension(DimensionId::Trust);
    assert!(answer_differs(&columns[0].1, &columns[1].1, trust));
    assert!(!answer_differs(&columns[0].1, &columns[1].1, Scored::Dimension(DimensionId::Time)));
    for item in Scored::ALL.into_iter().filter(|i| *i != trust) {
        assert!(columns.iter().all(|(_, c)| !answer_differs(&columns[0].1, c, item)), "{item}");
    }
}

#[test]
fn group_names_across_ideas_match_ignoring_case_and_spaces() {
    fn names(list: &[(&str, usize)]) -> Vec<GroupName> {
        list.iter().map(|(n, c)| GroupName { name: (*n).into(), count: *c }).collect()
    }
    type Case<'a> = (&'a str, Vec<Vec<&'a str>>, Vec<GroupName>);
    #[rustfmt::skip]
    let cases: Vec<Case> = vec![
        ("no groups", vec![vec![], vec![]], vec![]),
        ("one idea", vec![vec!["Debts", "Young"], vec![]], names(&[("Debts", 1), ("Young", 1)])),
        ("the same name, other capitals and spaces", vec![vec!["Young", "Mensen met Schulden"], vec!["  mensen met SCHULDEN "]],
            names(&[("Mensen met Schulden", 2), ("Young", 1)])),
        ("more ideas first, then the order found", vec![vec!["A", "B"], vec!["C", "b"], vec!["c", "B"]],
            names(&[("B", 3), ("C", 2), ("A", 1)])),
        ("twice in one idea counts once", vec![vec!["Debts", "DEBTS"], vec!["debts"]], names(&[("Debts", 2)])),
        ("blank names are left out", vec![vec!["", "  "], vec!["x"]], names(&[("x", 1)])),
        ("letters beyond ASCII", vec![vec!["Ouderen (75+)"], vec!["OUDEREN (75+)"], vec!["Éénoudergezinnen"], vec!["ÉÉNOUDERGEZINNEN"]],
            names(&[("Ouderen (75+)", 2), ("Éénoudergezinnen", 2)])),
    ];
    for (name, ideas, want) in cases {
        let ideas: Vec<Assessment> = ideas.iter().map(|n| with_groups(n)).collect();
        let refs: Vec<&Assessment> = ideas.iter().collect();
        assert_eq!(group_names(&refs), want, "{name}");
    }
}

#[test]
fn the_same_group_in_each_idea_or_its_typical_customer() {
    let a = with_groups(&["Young", "Mensen met schulden"]);
    let cases: [(&str, Option<usize>); 5] = [
        ("Mensen met schulden", Some(1)),
        ("  MENSEN MET SCHULDEN ", Some(1)),
        ("young", Some(0)),
        ("Chronisch zieken", None),
        ("  ", None),
    ];
    for (name, want) in cases {
        assert_eq!(group_named(&a, name), want, "{name:?}");
        let (at, answers) = for_group_name(&a, name);
        assert_eq!(at, want);
        match want {
            Some(i) => assert_eq!(answers, a.groups[i].effective(&a)),
            None => assert_eq!(answers, typical(&a), "{name:?}: the typical customer"),
        }
    }
}

#[test]
fn the_comparison_report_has_the_groups() {
    let a = with_groups(&["Mensen met schulden", "*Young* | <b>"]);
    let b = with_groups(&["mensen met SCHULDEN"]);
    let plain = base();
    let org = OrgConfig::default();
    for lang in Lang::ALL {
        let md = compare_markdown(&[("A", &a), ("B", &b), ("C", &plain)], &org, lang, NOV_23);
        let (of_a, of_b, of_c) = match lang {
            Lang::Nl => ("## Klantgroepen van A", "## Klantgroepen van B", "## Klantgroepen van C"),
            Lang::En => ("## Customer groups of A", "## Customer groups of B", "## Customer groups of C"),
        };
        assert!(md.contains(of_a) && md.contains(of_b), "{lang:?}: a section per idea with groups");
        assert!(!md.contains(of_c), "{lang:?}: none for an idea without groups");
        let section = &md[md.find(of_a).unwrap()..md.find(of_b).unwrap()];
        let header = section.lines().find(|l| l.starts_with('|')).unwrap();
        let typical = match lang {
            Lang::Nl => "Gewone klant",
            Lang::En => "Typical customer",
        };
        assert_eq!(
            header,
            format!("| {} | {typical} | Mensen met schulden | \\*Young\\* \\| &lt;b&gt; |", ui::MD_ITEM.get(lang)),
            "{lang:?}: a column per group, names escaped"
        );
        // The verdict, weakest link and confidence rows, then only trust, where the groups differ.
        let rows: Vec<&str> = section.lines().filter(|l| l.starts_with('|')).skip(2).collect();
        assert_eq!(rows.len(), 4, "{lang:?}:\n{section}");
        let (crosses, differs) = match lang {
            Lang::Nl => ("1 Over de schreef (anders)", "2 Zwak (anders)"),
            Lang::En => ("1 Crosses the line (differs)", "2 Weak (differs)"),
        };
        assert!(rows[3].contains(crosses) && rows[3].contains(differs), "{lang:?}: {}", rows[3]);
        for line in section.lines().filter(|l| l.starts_with('|')) {
            assert!(line.ends_with(" |"), "{line}");
            assert_eq!(line.matches(" | ").count(), 3, "{lang:?}: four cells in {line}");
        }
    }
    // Without groups, the report is as it was.
    let md = compare_markdown(&[("A", &plain), ("B", &plain)], &org, Lang::En, NOV_23);
    assert!(!md.contains("Customer group"));
}
