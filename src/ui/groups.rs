//! The form's customer groups: add one (the organisation's, a suggested
//! one, or a group of your own), and per group its name, description and
//! share, and the answers that differ from the typical customer. Every
//! other answer follows the typical customer, shown in words.
//!
//! Ticking "different for this group" shows the scale with nothing chosen
//! yet (the typical customer's answer stays in view above it); the group
//! holds an answer of its own only once one is chosen. Unticking makes the
//! item follow the typical customer again.

use super::collection::verdict_badge;
use super::groups_result::{differences, name};
use super::roundtable::{answer_word, item_name};
use super::{effects, widgets};
use crate::domain::roundtable::{Item, ItemAnswer};
use crate::domain::scoring::Verdict;
use crate::domain::*;
use crate::i18n::framework::{self, DIMENSION_SCALE};
use crate::i18n::groups::{self as g, Offer};
use crate::i18n::Lang;
use crate::state::{Action, GroupAction};
use yew::prelude::*;

/// What the section shows; everything computed once per render by the form.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub groups: Vec<Group>,
    /// Each group's verdict and usual dimensions, in the groups' order.
    pub verdicts: Vec<Option<Verdict>>,
    pub usual: Vec<Vec<DimensionId>>,
    /// The typical customer's answers, in [`Item::ALL`] order.
    pub base: [Option<ItemAnswer>; 17],
    pub offers: Vec<Offer>,
    pub blank_name: String,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The section "Customer groups".
#[component]
pub fn Section(p: &SectionProps) -> Html {
    let lang = p.lang;
    // Where focus goes once the groups have changed: the new group's name,
    // or "undo" after a removal.
    let focus_next = use_mut_ref(|| None::<String>);
    // The position of a group just added: its card starts open. Adding one
    // folds the others (`fold` counts the groups added here).
    let added = use_mut_ref(|| None::<usize>);
    let adds = use_mut_ref(|| 0u32);
    {
        let focus_next = focus_next.clone();
        let added = added.clone();
        use_effect_with(p.groups.len(), move |_| {
            if let Some(sel) = focus_next.borrow_mut().take() {
                effects::focus_selector(&sel);
            }
            *added.borrow_mut() = None;
        });
    }
    let add = |name: String, description: String| {
        let (d, focus_next, added, i) = (p.dispatch.clone(), focus_next.clone(), added.clone(), p.groups.len());
        let adds = adds.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some(format!("#group-{i}-name"));
            *added.borrow_mut() = Some(i);
            *adds.borrow_mut() += 1;
            d.emit(Action::Group(GroupAction::Add { name: name.clone(), description: description.clone() }));
        })
    };
    let on_remove = {
        let focus_next = focus_next.clone();
        p.dispatch.reform(move |id: String| {
            *focus_next.borrow_mut() = Some("#undo".into());
            Action::Group(GroupAction::Remove(id))
        })
    };
    // One list: the organisation's groups, the suggested ones, then a group
    // of one's own: (label, name, description, why, usual, id).
    let blank = (
        g::ADD_BLANK.get(lang),
        p.blank_name.as_str(),
        "",
        g::ADD_BLANK_HINT.get(lang),
        &[][..],
        Some("add-blank-group"),
    );
    let offers = p.offers.iter().map(|o| {
        let why = if o.reason.is_empty() { o.description.as_str() } else { o.reason };
        (o.name.as_str(), o.name.as_str(), o.description.as_str(), why, o.usual.as_slice(), None)
    });
    let offer = |(label, name, description, why, usual, id): (
        &str,
        &str,
        &str,
        &str,
        &[DimensionId],
        Option<&'static str>,
    )| {
        let usual: Vec<&str> = usual.iter().map(|d| framework::dimension_brief(*d).name.get(lang)).collect();
        html! {
            <li class="offer">
                <button type="button" {id} class="offer-add" data-offer={id.is_none().then(|| name.to_owned())}
                    aria-label={g::ADD_NAMED.fill(lang, &[("name", label)])} onclick={add(name.to_owned(), description.to_owned())}>
                    <span aria-hidden="true">{ "+ " }</span>{ label }
                </button>
                <p class="hint">{ why }</p>
                if !usual.is_empty() {
                    <p class="hint">{ g::USUAL.fill(lang, &[("dims", &usual.join(", "))]) }</p>
                }
            </li>
        }
    };
    let adder = if p.groups.len() >= MAX_GROUPS {
        html! { <p id="groups-limit" class="hint">{ g::LIMIT.fill(lang, &[("max", &MAX_GROUPS.to_string())]) }</p> }
    } else {
        html! { <ul class="offers">{ for offers.chain(std::iter::once(blank)).map(offer) }</ul> }
    };
    let (just_added, fold) = (*added.borrow(), *adds.borrow());
    let cards = p.groups.iter().enumerate().map(|(i, group)| {
        html! {
            <Card key={group.id.clone()} group={group.clone()} index={i} base={p.base}
                verdict={p.verdicts.get(i).copied().flatten()} usual={p.usual.get(i).cloned().unwrap_or_default()}
                start_open={just_added == Some(i)} {fold} lang={lang} dispatch={p.dispatch.clone()} on_remove={on_remove.clone()} />
        }
    });
    html! {
        <section class="card groups" aria-labelledby="sec-groups">
            <h2 id="sec-groups">{ g::SECTION.get(lang) }</h2>
            <p class="intro">{ g::INTRO.get(lang) }</p>
            if p.groups.is_empty() {
                <p id="groups-empty" class="groups-empty">{ g::EMPTY.get(lang) }</p>
            }
            <div id="groups-list">{ for cards }</div>
            <div class="group-add" role="group" aria-labelledby="groups-add-title">
                <h3 id="groups-add-title">{ g::ADD.get(lang) }</h3>
                { adder }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub group: Group,
    pub index: usize,
    pub base: [Option<ItemAnswer>; 17],
    pub verdict: Option<Verdict>,
    pub usual: Vec<DimensionId>,
    pub start_open: bool,
    /// Changes when a group is added: the other cards fold.
    pub fold: u32,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    pub on_remove: Callback<String>,
}

/// One group, folded to its name, verdict and number of differences; its
/// fields and items are only built while it is open.
#[component]
pub fn Card(p: &CardProps) -> Html {
    // Open since which `fold`: a card opened before the last group was
    // added is folded.
    let opened_in = use_state_eq(|| p.start_open.then_some(p.fold));
    let open = *opened_in == Some(p.fold);
    let (lang, i, group) = (p.lang, p.index, &p.group);
    let ontoggle = {
        let (opened_in, fold) = (opened_in.clone(), p.fold);
        widgets::on_toggle(move |open| opened_in.set(open.then_some(fold)))
    };
    let summary = html! {
        <summary>
            <span class="group-title">{ name(group, i, lang) }</span>
            { verdict_badge(p.verdict, lang) }
            <span class="group-differs">{ differences(group.differences(), lang) }</span>
        </summary>
    };
    let body = if open {
        body(p)
    } else {
        html! {}
    };
    html! {
        <details class="group-card" id={format!("group-{i}")} data-group-id={group.id.clone()} {open} {ontoggle}>
            { summary }
            { body }
        </details>
    }
}

fn body(p: &CardProps) -> Html {
    let (lang, i, group) = (p.lang, p.index, &p.group);
    let act = |f: fn(String, String) -> GroupAction| {
        let id = group.id.clone();
        p.dispatch.reform(move |v: String| Action::Group(f(id.clone(), v)))
    };
    let row = |item: &Item| {
        let part = match item.index() {
            0 => Some(g::PART_DIMENSIONS),
            8 => Some(g::PART_VALUES),
            12 => Some(g::PART_FLAGS),
            _ => None,
        };
        html! {
            <>
            if let Some(part) = part {
                <h3 class="part">{ part.get(lang) }</h3>
            }
            <Row item={*item} index={i} group_id={group.id.clone()}
                base={p.base[item.index()]} own={group.answer(*item)} note={group.note(*item).to_owned()}
                often={matches!(item, Item::Dimension(dim) if p.usual.contains(dim))}
                {lang} dispatch={p.dispatch.clone()} />
            </>
        }
    };
    let remove = {
        let id = group.id.clone();
        p.on_remove.reform(move |_: MouseEvent| id.clone())
    };
    html! {
        <div class="group-body">
            { widgets::text_field(&format!("group-{i}-name"), g::NAME.get(lang), None, &group.name, false, act(GroupAction::Name)) }
            { widgets::text_field(&format!("group-{i}-description"), g::DESCRIPTION.get(lang), None, &group.description, true, act(GroupAction::Description)) }
            { share(p) }
            <p class="hint">{ g::ITEMS_INTRO.get(lang) }</p>
            { for Item::ALL.iter().map(row) }
            <button type="button" id={format!("group-{i}-remove")} class="danger"
                aria-label={g::REMOVE_NAMED.fill(lang, &[("name", &name(group, i, lang))])} onclick={remove}>{ g::REMOVE.get(lang) }</button>
        </div>
    }
}

/// How large the group is: not known, small, large or a percentage.
fn share(p: &CardProps) -> Html {
    let (lang, i, current) = (p.lang, p.index, p.group.share);
    let percent = match current {
        Share::Percent(n) => Some(n),
        _ => None,
    };
    let options = [
        ("unknown", g::SHARE_UNKNOWN),
        ("small", g::SHARE_SMALL),
        ("large", g::SHARE_LARGE),
        ("percent", g::SHARE_PERCENT),
    ];
    let chosen = match current {
        Share::Unknown => "unknown",
        Share::Small => "small",
        Share::Large => "large",
        Share::Percent(_) => "percent",
    };
    let options = options.map(|(value, label)| widgets::Opt {
        value: value.into(),
        label: label.get(lang).into(),
        checked: value == chosen,
        class: "",
    });
    let to_share = move |v: &str| match v {
        "small" => Some(Share::Small),
        "large" => Some(Share::Large),
        "percent" => Some(Share::Percent(percent.unwrap_or(0))),
        "unknown" => Some(Share::Unknown),
        n => n.trim().parse::<u8>().ok().map(|n| Share::Percent(n.min(100))),
    };
    let on = {
        let (id, d) = (p.group.id.clone(), p.dispatch.clone());
        Callback::from(move |v: String| {
            if let Some(s) = to_share(&v) {
                d.emit(Action::Group(GroupAction::Share(id.clone(), s)));
            }
        })
    };
    let number_id = format!("group-{i}-percent");
    html! {
        <fieldset class="group-share">
            <legend>{ g::SHARE.get(lang) }</legend>
            { widgets::radio_group(&format!("group-{i}-share"), options.into(), on.clone()) }
            if let Some(n) = percent {
                <div class="field percent">
                    <label for={number_id.clone()}>{ g::SHARE_PERCENT_LABEL.get(lang) }</label>
                    <input type="number" id={number_id} min="0" max="100" inputmode="numeric" value={n.to_string()}
                        oninput={on.reform(|e: InputEvent| widgets::event_value(&e))} />
                </div>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct RowProps {
    pub item: Item,
    pub index: usize,
    pub group_id: String,
    /// The typical customer's answer, and the group's own (if it differs).
    pub base: Option<ItemAnswer>,
    pub own: Option<ItemAnswer>,
    pub note: String,
    /// One of the dimensions that usually differ for this group.
    pub often: bool,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// One item of a group: as for the typical customer (in words), or, when
/// ticked "different", its own answer and why.
#[component]
pub fn Row(p: &RowProps) -> Html {
    // Ticked "different" without an answer of its own yet.
    let ticked = use_state(|| false);
    let (lang, item, own) = (p.lang, p.item, p.own);
    let different = own.is_some() || *ticked;
    let base = answer_word(item, p.base, lang);
    let item_name = item_name(item).get(lang);
    let prefix = format!("group-{}-{}", p.index, item.key());
    let toggle = {
        let (ticked, d, id) = (ticked.clone(), p.dispatch.clone(), p.group_id.clone());
        Callback::from(move |e: Event| {
            let on = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|el| el.checked());
            if !on && own.is_some() {
                d.emit(Action::Group(GroupAction::Answer(id.clone(), item, None)));
            }
            ticked.set(on);
        })
    };
    let base_line = if different { g::BASE_ANSWER } else { g::FOLLOWS };
    html! {
        <fieldset id={prefix.clone()} class={classes!("g-item", different.then_some("differs"), p.often.then_some("often"))}>
            <legend>{ item_name }</legend>
            if p.often {
                <span class="often-mark">{ g::OFTEN.get(lang) }</span>
            }
            <p class="base-answer">{ base_line.fill(lang, &[("answer", &base)]) }</p>
            <span class="check">
                <input type="checkbox" id={format!("{prefix}-differs")} checked={different} onchange={toggle} />
                <label for={format!("{prefix}-differs")}>{ g::DIFFERENT.get(lang) }<span class="sr-only">{ ": " }{ item_name }</span></label>
            </span>
            if different {
                { choice(&prefix, item, own, lang, act(p, GroupAction::Answer)) }
                if own.is_some() {
                    { widgets::text_field(&format!("{prefix}-note"), g::WHY.get(lang), None, &p.note, true, act(p, GroupAction::Note)) }
                }
            }
        </fieldset>
    }
}

/// A callback that does `f` to this row's item of the group.
fn act<T: 'static>(p: &RowProps, f: fn(String, Item, T) -> GroupAction) -> Callback<T> {
    let (id, item) = (p.group_id.clone(), p.item);
    p.dispatch.reform(move |v| Action::Group(f(id.clone(), item, v)))
}

/// The choice for one item: a scale for dimensions and value questions,
/// yes / no / unsure for red flags.
fn choice(name: &str, item: Item, current: Option<ItemAnswer>, lang: Lang, on: Callback<Option<ItemAnswer>>) -> Html {
    match (item, current) {
        (Item::Flag(_), cur) => {
            let cur = cur.and_then(|c| if let ItemAnswer::Flag(f) = c { Some(f) } else { None });
            widgets::flag_choice(name, cur, lang, on.reform(|a: Option<FlagAnswer>| a.map(ItemAnswer::Flag)))
        }
        (_, cur) => {
            let cur = cur.and_then(|c| if let ItemAnswer::Scale(a) = c { Some(a) } else { None });
            let words = match item {
                Item::Value(q) => framework::value_scale(q),
                _ => &DIMENSION_SCALE,
            };
            widgets::scale(name, words, cur, lang, on.reform(|a: Option<Answer>| a.map(ItemAnswer::Scale)))
        }
    }
}
