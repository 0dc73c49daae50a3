//! What the customer-groups editor offers and shows (issue 12): the groups
//! that can still be added, the dimensions that usually differ for a group,
//! a name for a blank group, and a group's levels for its radar.
#![cfg(not(target_arch = "wasm32"))]

use wenselijk::config::{LocalText, OrgConfig, OrgGroup};
use wenselijk::domain::chart;
use wenselijk::domain::*;
use wenselijk::i18n::groups::{blank_name, offers, usual_for, SUGGESTED};
use wenselijk::i18n::Lang;

fn with_groups(names: &[&str]) -> Assessment {
    let groups = names
        .iter()
        .enumerate()
        .map(|(i, n)| Group { id: format!("g{i}"), name: n.to_string(), ..Group::default() })
        .collect();
    Assessment { groups, ..Assessment::default() }
}

fn org(hide: bool) -> OrgConfig {
    let own = OrgGroup {
        name: LocalText { nl: "Zzp'ers".into(), en: "Freelancers".into() },
        description: LocalText::same("Self-employed"),
        usual: vec![DimensionId::Time],
    };
    OrgConfig { groups: vec![own], hide_suggested_groups: hide, ..OrgConfig::default() }
}

fn names(a: &Assessment, o: &OrgConfig, lang: Lang) -> Vec<String> {
    offers(a, o, lang).into_iter().map(|x| x.name).collect()
}

#[test]
fn offers_the_organisations_groups_then_the_suggested_ones_not_yet_added() {
    let en = |i: usize| SUGGESTED[i].name.en.to_string();
    let nl = |i: usize| SUGGESTED[i].name.nl.to_string();
    let all_en: Vec<String> = (0..SUGGESTED.len()).map(en).collect();
    let cases: Vec<(&str, Assessment, OrgConfig, Lang, Vec<String>)> = vec![
        ("nothing added, no organisation", with_groups(&[]), OrgConfig::default(), Lang::En, all_en.clone()),
        (
            "the organisation's first",
            with_groups(&[]),
            org(false),
            Lang::En,
            std::iter::once("Freelancers".to_string()).chain(all_en.clone()).collect(),
        ),
        ("suggestions hidden", with_groups(&[]), org(true), Lang::Nl, vec!["Zzp'ers".to_string()]),
        (
            "a group added in Dutch is not offered again in English",
            with_groups(&[SUGGESTED[0].name.nl, " freelancers "]),
            org(false),
            Lang::En,
            all_en[1..].to_vec(),
        ),
        (
            "names compare without case",
            with_groups(&[&SUGGESTED[2].name.nl.to_uppercase()]),
            OrgConfig::default(),
            Lang::Nl,
            (0..SUGGESTED.len()).filter(|i| *i != 2).map(nl).collect(),
        ),
        (
            "a group of one's own takes nothing",
            with_groups(&["Studenten"]),
            OrgConfig::default(),
            Lang::En,
            all_en.clone(),
        ),
        ("nothing at the limit", with_groups(&["a", "b", "c", "d", "e", "f", "g", "h"]), org(false), Lang::En, vec![]),
    ];
    for (what, a, o, lang, want) in cases {
        assert_eq!(names(&a, &o, lang), want, "{what}");
    }
    let first = &offers(&Assessment::default(), &OrgConfig::default(), Lang::Nl)[0];
    assert_eq!(first.reason, SUGGESTED[0].reason.nl, "a suggestion comes with its reason");
    assert_eq!(first.usual, SUGGESTED[0].usual.to_vec());
    assert!(!first.from_org);
}

#[test]
fn usual_dimensions_follow_the_group_name_in_either_language() {
    let o = org(false);
    assert_eq!(usual_for(SUGGESTED[1].name.en, &o), SUGGESTED[1].usual);
    assert_eq!(usual_for(&format!("  {}", SUGGESTED[1].name.nl.to_lowercase()), &o), SUGGESTED[1].usual);
    assert_eq!(usual_for("Zzp'ers", &o), &[DimensionId::Time]);
    assert_eq!(usual_for("freelancers", &o), &[DimensionId::Time]);
    assert!(usual_for("Studenten", &o).is_empty());
    assert!(usual_for("", &o).is_empty());
}

#[test]
fn a_blank_group_gets_the_first_free_number() {
    let cases: &[(&[&str], Lang, &str)] = &[
        (&[], Lang::Nl, "Groep 1"),
        (&["a"], Lang::En, "Group 2"),
        (&["a", "Group 3"], Lang::En, "Group 4"),
        (&["group 2"], Lang::En, "Group 3"),
    ];
    for (existing, lang, want) in cases {
        assert_eq!(blank_name(&with_groups(existing), *lang), *want, "{existing:?}");
    }
}

#[test]
fn a_groups_radar_is_the_base_with_its_own_levels() {
    let mut base = Assessment::default();
    for d in DimensionId::ALL {
        base.dimension_mut(d).answer = Some(Answer::lv(4));
    }
    base.dimension_mut(DimensionId::Place).answer = Some(Answer::Unknown);
    let mut g = Group::default();
    g.overrides.dimensions.insert(DimensionId::Trust, Entry { answer: Some(Answer::lv(1)), note: String::new() });
    g.overrides.dimensions.insert(DimensionId::Time, Entry { answer: Some(Answer::Unknown), note: String::new() });
    for d in DimensionId::ALL {
        assert_eq!(g.dimension_level(&base, d), g.effective(&base).dimension_level(d), "{d:?}");
    }
    let eff = g.effective(&base);
    assert_eq!(chart::radar_of(|d| g.dimension_level(&base, d), 300.0, 50.0), chart::radar(&eff, 300.0, 50.0));
}
