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
use super::roundtable::{answer_word, item_texts};
use super::{effects, widgets};
use crate::domain::roundtable::{Item, ItemAnswer};
use crate::domain::scoring::Verdict;
use crate::domain::*;
use crate::i18n::framework::{self, DIMENSION_SCALE};
use crate::i18n::groups::{self as g, Offer};
use crate::i18n::{Lang, Text};
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
    pub org_name: String,
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
    let offer = |o: &Offer| {
        let usual: Vec<&str> = o.usual.iter().map(|d| framework::dimension(*d).name.get(lang)).collect();
        let why = if o.reason.is_empty() { o.description.as_str() } else { o.reason };
        html! {
            <li class="offer">
                <button type="button" class="offer-add" data-offer={o.name.clone()}
                    aria-label={g::ADD_NAMED.fill(lang, &[("name", &o.name)])}
                    onclick={add(o.name.clone(), o.description.clone())}>
                    <span aria-hidden="true">{ "+ " }</span>{ o.name.clone() }
                </button>
                <p class="hint">{ why }</p>
                if !usual.is_empty() {
                    <p class="hint usual">{ g::USUAL.fill(lang, &[("dims", &usual.join(", "))]) }</p>
                }
            </li>
        }
    };
    let list = |from_org: bool| p.offers.iter().filter(|o| o.from_org == from_org).map(offer).collect::<Vec<_>>();
    let (own, suggested) = (list(true), list(false));
    let adder = if p.groups.len() >= MAX_GROUPS {
        html! { <p id="groups-limit" class="hint">{ g::LIMIT.fill(lang, &[("max", &MAX_GROUPS.to_string())]) }</p> }
    } else {
        html! {
            <>
                if !own.is_empty() {
                    <h4>{ g::FROM_ORG.fill(lang, &[("org", &p.org_name)]) }</h4>
                    <ul class="offers">{ for own }</ul>
                }
                if !suggested.is_empty() {
                    <h4>{ g::SUGGESTED_TITLE.get(lang) }</h4>
                    <ul class="offers">{ for suggested }</ul>
                }
                <ul class="offers">
                    <li class="offer">
                        <button type="button" id="add-blank-group" class="offer-add" onclick={add(p.blank_name.clone(), String::new())}>
                            <span aria-hidden="true">{ "+ " }</span>{ g::ADD_BLANK.get(lang) }
                        </button>
                        <p class="hint">{ g::ADD_BLANK_HINT.get(lang) }</p>
                    </li>
                </ul>
            </>
        }
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
    let part = |title: Text, items: &'static [Item]| {
        html! {
            <Part {title} {items} index={i} group_id={group.id.clone()}
                base={items.iter().map(|x| p.base[x.index()]).collect::<Vec<_>>()}
                own={items.iter().map(|x| group.answer(*x)).collect::<Vec<_>>()}
                notes={items.iter().map(|x| group.note(*x).to_owned()).collect::<Vec<_>>()}
                usual={p.usual.clone()} {lang} dispatch={p.dispatch.clone()} />
        }
    };
    let remove = {
        let id = group.id.clone();
        p.on_remove.reform(move |_: MouseEvent| id.clone())
    };
    html! {
        <div class="group-body">
            <Fields index={i} id={group.id.clone()} name={group.name.clone()} description={group.description.clone()}
                share={group.share} lang={lang} dispatch={p.dispatch.clone()} />
            <p class="hint">{ g::ITEMS_INTRO.get(lang) }</p>
            { part(g::PART_DIMENSIONS, &Item::ALL[..8]) }
            { part(g::PART_VALUES, &Item::ALL[8..12]) }
            { part(g::PART_FLAGS, &Item::ALL[12..]) }
            <button type="button" id={format!("group-{i}-remove")} class="danger"
                aria-label={g::REMOVE_NAMED.fill(lang, &[("name", &name(group, i, lang))])} onclick={remove}>{ g::REMOVE.get(lang) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldsProps {
    pub index: usize,
    pub id: String,
    pub name: String,
    pub description: String,
    pub share: Share,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// A group's name, description and share: left alone when only answers change.
#[component]
fn Fields(p: &FieldsProps) -> Html {
    let (lang, i) = (p.lang, p.index);
    let act = |f: fn(String, String) -> GroupAction| {
        let id = p.id.clone();
        p.dispatch.reform(move |v: String| Action::Group(f(id.clone(), v)))
    };
    html! {
        <div class="group-fields">
            { widgets::text_field(&format!("group-{i}-name"), g::NAME.get(lang), None, &p.name, false, act(GroupAction::Name)) }
            { widgets::text_field(&format!("group-{i}-description"), g::DESCRIPTION.get(lang), None, &p.description, true, act(GroupAction::Description)) }
            { share(p) }
        </div>
    }
}

/// How large the group is: not known, small, large or a percentage.
fn share(p: &FieldsProps) -> Html {
    let (lang, i) = (p.lang, p.index);
    let current = p.share;
    let set = |s: Share| {
        let id = p.id.clone();
        p.dispatch.reform(move |_: Event| Action::Group(GroupAction::Share(id.clone(), s)))
    };
    let percent = match current {
        Share::Percent(n) => Some(n),
        _ => None,
    };
    let options = [
        ("unknown", g::SHARE_UNKNOWN, Share::Unknown),
        ("small", g::SHARE_SMALL, Share::Small),
        ("large", g::SHARE_LARGE, Share::Large),
        ("percent", g::SHARE_PERCENT, Share::Percent(percent.unwrap_or(0))),
    ];
    let radio_name = format!("group-{i}-share");
    let number_id = format!("group-{i}-percent");
    let on_number = {
        let id = p.id.clone();
        let d = p.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Ok(n) = widgets::event_value(&e).trim().parse::<u8>() {
                d.emit(Action::Group(GroupAction::Share(id.clone(), Share::Percent(n.min(100)))));
            }
        })
    };
    html! {
        <fieldset class="group-share">
            <legend>{ g::SHARE.get(lang) }</legend>
            <div class="options">
                { for options.into_iter().map(|(key, label, s)| {
                    let rid = format!("{radio_name}-{key}");
                    let checked = std::mem::discriminant(&s) == std::mem::discriminant(&current);
                    html! {
                        <span class="option">
                            <input type="radio" id={rid.clone()} name={radio_name.clone()} value={key} {checked} onchange={set(s)} />
                            <label for={rid}>{ label.get(lang) }</label>
                        </span>
                    }
                }) }
            </div>
            if let Some(n) = percent {
                <div class="field percent">
                    <label for={number_id.clone()}>{ g::SHARE_PERCENT_LABEL.get(lang) }</label>
                    <input type="number" id={number_id} min="0" max="100" step="1" inputmode="numeric" value={n.to_string()} oninput={on_number} />
                </div>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct PartProps {
    pub title: Text,
    pub items: &'static [Item],
    pub index: usize,
    pub group_id: String,
    /// Per item: the typical customer's answer, the group's own, its note.
    pub base: Vec<Option<ItemAnswer>>,
    pub own: Vec<Option<ItemAnswer>>,
    pub notes: Vec<String>,
    pub usual: Vec<DimensionId>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The dimensions, value questions or red flags of a group: left alone
/// when only the others change.
#[component]
fn Part(p: &PartProps) -> Html {
    let row = |(k, item): (usize, &Item)| {
        html! {
            <Row key={item.key()} item={*item} index={p.index} group_id={p.group_id.clone()}
                base={p.base[k]} own={p.own[k]} note={p.notes[k].clone()}
                often={matches!(item, Item::Dimension(dim) if p.usual.contains(dim))}
                lang={p.lang} dispatch={p.dispatch.clone()} />
        }
    };
    html! {
        <>
            <h4>{ p.title.get(p.lang) }</h4>
            { for p.items.iter().enumerate().map(row) }
        </>
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
    let item_name = item_texts(item).0.get(lang);
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
                    { widgets::text_field(&format!("{prefix}-note"), g::WHY.get(lang), Some(g::WHY_HINT.get(lang)), &p.note, true, act(p, GroupAction::Note)) }
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
                Item::Value(q) => &framework::value(q).scale,
                _ => &DIMENSION_SCALE,
            };
            widgets::scale(name, words, cur, lang, on.reform(|a: Option<Answer>| a.map(ItemAnswer::Scale)))
        }
    }
}
