//! Round-table views: setup and independent scoring (one device, or own
//! devices with invite links and answer codes), reveal with the agenda by
//! disagreement, agreement with decisions and action points, presentation
//! mode, and the participant's own device.

use super::{effects, widgets};
use crate::codec::qr;
use crate::codec::roundtable::{decode_return, encode_invite, encode_return, Invite, ReturnError};
use crate::config::OrgConfig;
use crate::domain::roundtable::{self as rt, ActionPoint, Item, ItemAnswer, ItemSummary, Mode, Phase, RoundTable};
use crate::domain::*;
use crate::i18n::framework::{self, DIMENSION_SCALE};
use crate::i18n::{ui as t, Lang, Text};
use crate::report;
use crate::state::{display_title, Action, AppState, Notice, ParticipantSession, View};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// An item's name and question.
pub fn item_texts(item: Item) -> (Text, Text) {
    match item {
        Item::Dimension(d) => (framework::dimension(d).name, framework::dimension(d).question),
        Item::Value(q) => (framework::value(q).name, framework::value(q).question),
        Item::Flag(f) => (framework::flag(f).name, framework::flag(f).question),
    }
}

/// An answer in words: "4 Good", "Not known yet", "Yes".
pub fn answer_word(item: Item, answer: Option<ItemAnswer>, lang: Lang) -> String {
    match answer {
        None => t::NOT_ANSWERED.get(lang).to_string(),
        Some(ItemAnswer::Flag(f)) => t::flag_answer(f).get(lang).to_string(),
        Some(ItemAnswer::Scale(Answer::Unknown)) => t::UNKNOWN.get(lang).to_string(),
        Some(ItemAnswer::Scale(Answer::Level(l))) => {
            let words = match item {
                Item::Value(q) => &framework::value(q).scale,
                _ => &DIMENSION_SCALE,
            };
            format!("{} {}", l.get(), words[usize::from(l.get() - 1)].get(lang))
        }
    }
}

/// The choice control for one item: a scale or yes/no/unsure.
fn item_choice(
    name: &str,
    item: Item,
    current: Option<ItemAnswer>,
    lang: Lang,
    on: Callback<Option<ItemAnswer>>,
) -> Html {
    match item {
        Item::Flag(_) => {
            let cur = match current {
                Some(ItemAnswer::Flag(f)) => Some(f),
                _ => None,
            };
            widgets::flag_choice(name, cur, lang, on.reform(|a: Option<FlagAnswer>| a.map(ItemAnswer::Flag)))
        }
        _ => {
            let cur = match current {
                Some(ItemAnswer::Scale(a)) => Some(a),
                _ => None,
            };
            let words = match item {
                Item::Value(q) => &framework::value(q).scale,
                _ => &DIMENSION_SCALE,
            };
            widgets::scale(name, words, cur, lang, on.reform(|a: Option<Answer>| a.map(ItemAnswer::Scale)))
        }
    }
}

/// The 17 items as a compact scoring form.
fn scoring_form(
    prefix: &str,
    answers: &Assessment,
    lang: Lang,
    on_answer: Callback<(Item, Option<ItemAnswer>)>,
    on_note: Callback<(Item, String)>,
) -> Html {
    html! {
        <div class="scoring-form">
            { for Item::ALL.into_iter().map(|item| {
                let (name, question) = item_texts(item);
                let field = format!("{prefix}-{}", item.key());
                html! {
                    <fieldset class="item compact" id={field.clone()}>
                        <legend><span class="item-name">{ name.get(lang) }</span><span class="item-question">{ question.get(lang) }</span></legend>
                        { item_choice(&field, item, item.answer_in(answers), lang, on_answer.reform(move |a| (item, a))) }
                        { widgets::note(&format!("{field}-note"), item.note_in(answers), lang, on_note.reform(move |n| (item, n))) }
                    </fieldset>
                }
            }) }
        </div>
    }
}

pub fn view(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let Some(tb) = s.current_table() else {
        return html! { <h1 tabindex="-1">{ t::RT_TITLE.get(lang) }</h1> };
    };
    let Some(record) = s.record(&tb.record_id) else {
        return html! { <h1 tabindex="-1">{ t::RT_TITLE.get(lang) }</h1> };
    };
    let body = match tb.phase {
        Phase::Scoring => scoring(s, tb, &record.assessment, d),
        Phase::Revealed | Phase::Agreed => reveal(tb, lang, d),
    };
    html! {
        <div class="roundtable">
            <p class="kicker">{ t::RT_ABOUT.fill(lang, &[("title", &display_title(&record.assessment, lang))]) }</p>
            <h1 tabindex="-1">{ &tb.name }</h1>
            <ol class="phases" aria-label={t::RT_PHASES.get(lang)}>
                { for [(Phase::Scoring, t::RT_PHASE_SCORE), (Phase::Revealed, t::RT_PHASE_REVEAL), (Phase::Agreed, t::RT_PHASE_AGREE)].into_iter().map(|(p, label)| html! {
                    <li class={classes!((tb.phase == p).then_some("current"))} aria-current={(tb.phase == p).then_some("step")}>{ label.get(lang) }</li>
                }) }
            </ol>
            { body }
            { export_block(tb, &record.assessment, &s.config, lang, d) }
        </div>
    }
}

fn setup(tb: &RoundTable, lang: Lang, d: &Callback<Action>) -> Html {
    let mode = |m: Mode, label: Text| {
        let id = format!("rt-mode-{}", if m == Mode::OneDevice { "one" } else { "own" });
        html! {
            <span class="option">
                <input type="radio" id={id.clone()} name="rt-mode" checked={tb.mode == m} onchange={d.reform(move |_| Action::RtMode(m))} />
                <label for={id}>{ label.get(lang) }</label>
            </span>
        }
    };
    let timebox = tb.timebox_minutes.map(|m| m.to_string()).unwrap_or_default();
    html! {
        <section class="card" aria-labelledby="rt-setup">
            <h2 id="rt-setup">{ t::RT_SETUP.get(lang) }</h2>
            { widgets::text_field("rt-name", t::RT_NAME.get(lang), None, &tb.name, false, d.reform(Action::RtRename)) }
            <fieldset class="plain">
                <legend>{ t::RT_MODE.get(lang) }</legend>
                <div class="options">{ mode(Mode::OneDevice, t::RT_MODE_ONE) }{ mode(Mode::OwnDevices, t::RT_MODE_OWN) }</div>
                <p class="hint">{ if tb.mode == Mode::OneDevice { t::RT_MODE_ONE_HINT.get(lang) } else { t::RT_MODE_OWN_HINT.get(lang) } }</p>
            </fieldset>
            <div class="field narrow">
                <label for="rt-timebox">{ t::RT_TIMEBOX.get(lang) }</label>
                <input id="rt-timebox" type="number" min="0" max="60" value={timebox}
                    oninput={d.reform(|e: InputEvent| Action::RtTimebox(widgets::event_value(&e).trim().parse::<u16>().ok().filter(|m| *m > 0 && *m <= 60)))} />
            </div>
        </section>
    }
}

fn participants(s: &AppState, tb: &RoundTable, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let rows = tb.participants.iter().map(|p| {
        let pid = p.id.clone();
        let status = if p.submitted { t::RT_STATUS_DONE } else { t::RT_STATUS_WAITING };
        let score = (tb.mode == Mode::OneDevice).then(|| {
            let pid = pid.clone();
            html! {
                <button type="button" class="small primary" data-action="score" onclick={d.reform(move |_| Action::RtScoreAs(Some(pid.clone())))}
                    aria-label={t::RT_SCORE_AS.fill(lang, &[("name", &p.label)])}>{ t::RT_SCORE.get(lang) }</button>
            }
        });
        html! {
            <li data-participant={p.label.clone()} class={classes!(p.submitted.then_some("done"))}>
                <span class="who">{ &p.label }</span>
                <span class="status">{ status.get(lang) }</span>
                { score }
                <button type="button" class="small danger" data-action="remove" onclick={d.reform(move |_| Action::RtRemoveParticipant(pid.clone()))}
                    aria-label={t::RT_REMOVE.fill(lang, &[("name", &p.label)])}>{ t::LIST_DELETE.get(lang) }</button>
            </li>
        }
    });
    html! {
        <section class="card" aria-labelledby="rt-people">
            <h2 id="rt-people">{ t::RT_PARTICIPANTS.get(lang) }{ format!(" ({})", tb.participants.len()) }</h2>
            if tb.participants.is_empty() {
                <p class="hint">{ t::RT_NO_PARTICIPANTS.get(lang) }</p>
            } else {
                <ul class="participants">{ for rows }</ul>
            }
            <AddLine id="rt-add" label={t::RT_ADD_LABEL.get(lang)} button={t::RT_ADD.get(lang)} hint={t::RT_ADD_HINT.get(lang)} allow_empty=true
                on_add={d.reform(Action::RtAddParticipant)} />
        </section>
    }
}

fn scoring(s: &AppState, tb: &RoundTable, a: &Assessment, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    // One device: one participant scores in private; everything else is hidden.
    if let Some(p) = s.scoring_as.as_deref().and_then(|id| tb.participant(id)) {
        let pid = p.id.clone();
        let on_answer = d.reform({
            let pid = pid.clone();
            move |(item, a)| Action::RtSetAnswer(pid.clone(), item, a)
        });
        let on_note = d.reform({
            let pid = pid.clone();
            move |(item, n)| Action::RtSetNote(pid.clone(), item, n)
        });
        return html! {
            <section class="card private" aria-labelledby="rt-private">
                <h2 id="rt-private" tabindex="-1">{ t::RT_PRIVATE.fill(lang, &[("name", &p.label)]) }</h2>
                <p class="hint">{ t::RT_PRIVATE_HINT.get(lang) }</p>
                { idea_summary(&a.idea, lang) }
                { scoring_form("p", &p.answers, lang, on_answer, on_note) }
                <div class="actions">
                    <button type="button" id="rt-done" class="primary" onclick={d.reform(move |_| Action::RtDone(pid.clone()))}>{ t::RT_DONE.get(lang) }</button>
                    <button type="button" onclick={d.reform(|_| Action::RtScoreAs(None))}>{ t::CANCEL.get(lang) }</button>
                </div>
            </section>
        };
    }
    let own = (tb.mode == Mode::OwnDevices).then(|| own_devices(tb, a, lang, d));
    let done = tb.participants.iter().filter(|p| p.submitted).count();
    html! {
        <>
            { setup(tb, lang, d) }
            { participants(s, tb, d) }
            { own }
            <section class="card" aria-labelledby="rt-reveal-title">
                <h2 id="rt-reveal-title">{ t::RT_PHASE_REVEAL.get(lang) }</h2>
                <p>{ t::RT_READY.fill(lang, &[("done", &done.to_string()), ("total", &tb.participants.len().to_string())]) }</p>
                <button type="button" id="rt-reveal" class="primary" disabled={done == 0} onclick={d.reform(|_| Action::RtReveal)}>{ t::RT_REVEAL.get(lang) }</button>
            </section>
        </>
    }
}

fn idea_summary(idea: &Idea, lang: Lang) -> Html {
    html! {
        <dl class="idea-list">
            { for IdeaField::ALL.into_iter().filter(|f| !idea.get(*f).trim().is_empty()).map(|f| html! {
                <><dt>{ report::idea_label(f).get(lang) }</dt><dd class="user-text">{ idea.get(f) }</dd></>
            }) }
        </dl>
    }
}

/// A QR code as SVG, with the text it carries as its accessible name.
pub fn qr_svg(id: &str, text: &str, label: &str) -> Html {
    let Some(m) = qr::matrix(text) else {
        return html! {};
    };
    let mut path = String::new();
    for y in 0..m.width {
        for x in 0..m.width {
            if m.is_dark(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let size = m.width + 8;
    html! {
        <svg id={id.to_string()} class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={label.to_string()}
            data-text={text.to_string()} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}

fn own_devices(tb: &RoundTable, a: &Assessment, lang: Lang, d: &Callback<Action>) -> Html {
    let url = effects::page_url_with_fragment(&encode_invite(&Invite::new(tb, &a.idea, None)));
    let copy = widgets::copy_on_click(d, url.clone(), Notice::LinkCopied);
    let (session, secret) = (tb.id.clone(), tb.secret.clone());
    let on_code = {
        let d = d.clone();
        Callback::from(move |code: String| {
            let action = match decode_return(&code, &session, &secret) {
                Ok(ret) => Action::RtAddReturned(Box::new(ret)),
                Err(e) => Action::Notify(Notice::ReadFailed { detail: return_error(&e, lang) }),
            };
            d.emit(action);
        })
    };
    html! {
        <section class="card own-devices" aria-labelledby="rt-invite">
            <h2 id="rt-invite">{ t::RT_INVITE.get(lang) }</h2>
            <p>{ t::RT_INVITE_HINT.get(lang) }</p>
            <div class="invite">
                { qr_svg("rt-qr", &url, t::RT_QR_LABEL.get(lang)) }
                <div>
                    <label for="rt-invite-url">{ t::SHARE_LINK.get(lang) }</label>
                    <div class="share-row">
                        <input id="rt-invite-url" type="text" readonly=true value={url} />
                        <button type="button" id="rt-copy-invite" onclick={copy}>{ t::SHARE_COPY.get(lang) }</button>
                    </div>
                    <p class="hint">{ t::RT_NO_SERVER.get(lang) }</p>
                </div>
            </div>
            <AddLine id="rt-code" label={t::RT_CODE_LABEL.get(lang)} button={t::RT_CODE_ADD.get(lang)} hint={t::RT_CODE_HINT.get(lang)} allow_empty=false
                on_add={on_code} />
        </section>
    }
}

fn return_error(e: &ReturnError, lang: Lang) -> String {
    match e {
        ReturnError::Decode(e) => effects::describe(e, lang),
        ReturnError::WrongSession => t::RT_WRONG_SESSION.get(lang).to_string(),
        ReturnError::Tampered => t::RT_TAMPERED.get(lang).to_string(),
    }
}

/// A dot per participant on the item's scale, plus a word list for unknowns.
fn strip(summary: &ItemSummary, lang: Lang) -> Html {
    let item = summary.item;
    let steps: Vec<(String, Option<ItemAnswer>)> = match item {
        Item::Flag(_) => FlagAnswer::ALL
            .iter()
            .map(|f| (t::flag_answer(*f).get(lang).to_string(), Some(ItemAnswer::Flag(*f))))
            .collect(),
        _ => Level::all().map(|l| (l.get().to_string(), Some(ItemAnswer::Scale(Answer::Level(l))))).collect(),
    };
    let width = 300.0;
    let step_w = width / steps.len() as f32;
    let mut dots = Vec::new();
    for (i, (_, value)) in steps.iter().enumerate() {
        let who: Vec<&str> = summary.answers.iter().filter(|(_, a)| a == value).map(|(l, _)| l.as_str()).collect();
        for (k, label) in who.iter().enumerate() {
            let cx = step_w * (i as f32 + 0.5);
            let cy = 34.0 - (k as f32 % 6.0) * 6.0;
            dots.push(html! { <circle cx={format!("{cx:.1}")} cy={format!("{cy:.1}")} r="4" class="dot"><title>{ *label }</title></circle> });
        }
    }
    html! {
        <svg class="strip" viewBox="0 0 300 56" role="img" aria-label={t::RT_STRIP_LABEL.fill(lang, &[("name", item_texts(item).0.get(lang))])}>
            <line x1="0" y1="40" x2="300" y2="40" class="strip-axis" />
            { for steps.iter().enumerate().map(|(i, (label, _))| html! {
                <text x={format!("{:.1}", step_w * (i as f32 + 0.5))} y="54" text-anchor="middle" class="strip-label">{ label.clone() }</text>
            }) }
            { for dots }
        </svg>
    }
}

fn reveal(tb: &RoundTable, lang: Lang, d: &Callback<Action>) -> Html {
    let agenda = rt::agenda(tb);
    let items = agenda.iter().enumerate().map(|(n, sm)| agenda_item(tb, sm, n, lang, d));
    html! {
        <>
            <div class="actions no-print">
                <button type="button" id="rt-present" class="primary" onclick={d.reform(|_| Action::Show(View::Present))}>{ t::RT_PRESENT.get(lang) }</button>
                <button type="button" id="rt-unreveal" onclick={d.reform(|_| Action::RtUnreveal)}>{ t::RT_UNREVEAL.get(lang) }</button>
            </div>
            <section aria-labelledby="rt-agenda">
                <h2 id="rt-agenda" tabindex="-1">{ t::RT_AGENDA.get(lang) }</h2>
                <p class="hint">{ t::RT_AGENDA_HINT.get(lang) }</p>
                <ol class="agenda" id="rt-agenda-list">{ for items }</ol>
            </section>
            { decisions(tb, lang, d) }
            <section class="card" aria-labelledby="rt-apply-title">
                <h2 id="rt-apply-title">{ t::RT_APPLY_TITLE.get(lang) }</h2>
                <p>{ t::RT_APPLY_HINT.fill(lang, &[("n", &tb.agreed_items.len().to_string())]) }</p>
                <button type="button" id="rt-apply" class="primary" disabled={tb.agreed_items.is_empty()} onclick={d.reform(|_| Action::RtApply)}>{ t::RT_APPLY.get(lang) }</button>
            </section>
        </>
    }
}

fn agenda_item(tb: &RoundTable, sm: &ItemSummary, n: usize, lang: Lang, d: &Callback<Action>) -> Html {
    let item = sm.item;
    let (name, question) = item_texts(item);
    let agreed = tb.agreed_answer(item);
    let reason = agreed.map(|(_, r)| r.to_string()).unwrap_or_default();
    let current = agreed.map(|(a, _)| a);
    let on_answer = {
        let d = d.clone();
        let reason = reason.clone();
        Callback::from(move |a: Option<ItemAnswer>| d.emit(Action::RtAgree(item, a, reason.clone())))
    };
    let on_reason = {
        let d = d.clone();
        Callback::from(move |r: String| {
            if let Some(a) = current {
                d.emit(Action::RtAgree(item, Some(a), r));
            }
        })
    };
    let suggestion =
        rt::suggested(sm).map(|a| t::RT_SUGGESTED.fill(lang, &[("answer", &answer_word(item, Some(a), lang))]));
    let key = item.key();
    html! {
        <li class={classes!("agenda-item", agreed.is_some().then_some("agreed"))} id={format!("agenda-{key}")} data-item={key} data-spread={sm.spread.to_string()}>
            <h3>{ format!("{}. ", n + 1) }{ name.get(lang) }<span class="item-question">{ question.get(lang) }</span></h3>
            <p class="spread">{ t::RT_SPREAD.fill(lang, &[("spread", &sm.spread.to_string()), ("known", &sm.known.to_string()), ("unknown", &(sm.unknown + sm.missing).to_string())]) }</p>
            { strip(sm, lang) }
            <table class="answers">
                <caption class="sr-only">{ t::RT_ANSWERS_OF.fill(lang, &[("name", name.get(lang))]) }</caption>
                <thead><tr><th scope="col">{ t::RT_WHO.get(lang) }</th><th scope="col">{ t::COL_ANSWER.get(lang) }</th><th scope="col">{ t::NOTE.get(lang) }</th></tr></thead>
                <tbody>
                    { for sm.answers.iter().map(|(who, a)| {
                        let note = sm.notes.iter().find(|(w, _)| w == who).map(|(_, n)| n.clone()).unwrap_or_default();
                        html! { <tr><th scope="row">{ who }</th><td>{ answer_word(item, *a, lang) }</td><td class="user-text">{ note }</td></tr> }
                    }) }
                </tbody>
            </table>
            <div class="agree">
                <p class="agree-title"><strong>{ t::RT_AGREED.get(lang) }</strong>
                    if let Some(sg) = suggestion { { " " }<span class="hint">{ sg }</span> }
                </p>
                { item_choice(&format!("agree-{key}"), item, current, lang, on_answer.clone()) }
                { widgets::clear_button(current.is_some(), name.get(lang), lang, on_answer.reform(|_| None)) }
                if current.is_some() {
                    { widgets::text_field(&format!("agree-{key}-reason"), t::RT_REASON.get(lang), None, &reason, true, on_reason) }
                }
            </div>
        </li>
    }
}

fn decisions(tb: &RoundTable, lang: Lang, d: &Callback<Action>) -> Html {
    let add_action = {
        let d = d.clone();
        Callback::from(move |(what, who, due): (String, String, String)| {
            d.emit(Action::RtAddAction(ActionPoint { what, who, due }))
        })
    };
    html! {
        <section class="card" aria-labelledby="rt-decisions">
            <h2 id="rt-decisions">{ t::RT_DECISIONS.get(lang) }</h2>
            <ul class="decisions">
                { for tb.decisions.iter().enumerate().map(|(i, text)| html! {
                    <li><span class="user-text">{ text }</span>{ " " }
                        <button type="button" class="small danger" onclick={d.reform(move |_| Action::RtRemoveDecision(i))}
                            aria-label={t::RT_REMOVE.fill(lang, &[("name", text)])}>{ t::LIST_DELETE.get(lang) }</button></li>
                }) }
            </ul>
            <AddLine id="rt-decision" label={t::RT_DECISION_LABEL.get(lang)} button={t::RT_ADD.get(lang)} hint={""} allow_empty=false
                on_add={d.reform(Action::RtAddDecision)} />
            <h3>{ t::RT_ACTIONS.get(lang) }</h3>
            if !tb.actions.is_empty() {
                <table id="rt-actions-table">
                    <thead><tr><th scope="col">{ t::RT_ACTION_WHAT.get(lang) }</th><th scope="col">{ t::RT_ACTION_WHO.get(lang) }</th><th scope="col">{ t::RT_ACTION_DUE.get(lang) }</th><th scope="col"><span class="sr-only">{ t::LIST_COL_ACTIONS.get(lang) }</span></th></tr></thead>
                    <tbody>
                        { for tb.actions.iter().enumerate().map(|(i, a)| html! {
                            <tr><td class="user-text">{ &a.what }</td><td class="user-text">{ &a.who }</td><td class="user-text">{ &a.due }</td>
                                <td><button type="button" class="small danger" onclick={d.reform(move |_| Action::RtRemoveAction(i))}
                                    aria-label={t::RT_REMOVE.fill(lang, &[("name", &a.what)])}>{ t::LIST_DELETE.get(lang) }</button></td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <ActionForm lang={lang} on_add={add_action} />
        </section>
    }
}

fn export_block(tb: &RoundTable, a: &Assessment, org: &OrgConfig, lang: Lang, d: &Callback<Action>) -> Html {
    let md = {
        let (tb, a, org) = (tb.clone(), a.clone(), org.clone());
        Callback::from(move |_| {
            let now = effects::now();
            let name = report::file_name(&a, now, "md").replacen("wenselijk-", "wenselijk-rondetafel-", 1);
            effects::download(&name, "text/markdown", &report::roundtable_markdown(&tb, &a, &org, lang, now));
        })
    };
    let json = {
        let (tb, a) = (tb.clone(), a.clone());
        Callback::from(move |_| {
            let now = effects::now();
            let name = report::file_name(&a, now, "json").replacen("wenselijk-", "wenselijk-rondetafel-", 1);
            effects::download(&name, "application/json", &report::roundtable_json(&tb, &a, now));
        })
    };
    let id = tb.id.clone();
    html! {
        <section class="card no-print" aria-labelledby="rt-export">
            <h2 id="rt-export">{ t::RT_EXPORT.get(lang) }</h2>
            <div class="actions">
                <button type="button" id="rt-markdown" onclick={md}>{ t::REPORT_DOWNLOAD_MD.get(lang) }</button>
                <button type="button" id="rt-json" onclick={json}>{ t::RT_JSON.get(lang) }</button>
                <button type="button" id="rt-back" onclick={d.reform(|_| Action::Show(View::Assess))}>{ "← " }{ t::REPORT_BACK.get(lang) }</button>
                <button type="button" id="rt-delete" class="danger" onclick={d.reform(move |_| Action::RtDelete(id.clone()))}>{ t::RT_DELETE.get(lang) }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddLineProps {
    pub id: &'static str,
    pub label: &'static str,
    pub button: &'static str,
    pub hint: &'static str,
    pub allow_empty: bool,
    pub on_add: Callback<String>,
}

/// A text field with an "add" button; Enter adds too. Clears after adding.
#[component]
pub fn AddLine(p: &AddLineProps) -> Html {
    let input = use_node_ref();
    let add = {
        let input = input.clone();
        let on_add = p.on_add.clone();
        let allow_empty = p.allow_empty;
        move || {
            if let Some(el) = input.cast::<HtmlInputElement>() {
                let v = el.value();
                if allow_empty || !v.trim().is_empty() {
                    on_add.emit(v);
                    el.set_value("");
                }
            }
        }
    };
    let onclick = {
        let add = add.clone();
        Callback::from(move |_| add())
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            add();
        }
    });
    html! {
        <div class="field add-line">
            <label for={p.id}>{ p.label }</label>
            if !p.hint.is_empty() { <p class="hint">{ p.hint }</p> }
            <div class="share-row">
                <input id={p.id} type="text" ref={input} {onkeydown} maxlength={crate::codec::MAX_TEXT_CHARS.to_string()} />
                <button type="button" id={format!("{}-add", p.id)} {onclick}>{ p.button }</button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ActionFormProps {
    pub lang: Lang,
    pub on_add: Callback<(String, String, String)>,
}

/// Three fields for an action point: what, who, by when.
#[component]
pub fn ActionForm(p: &ActionFormProps) -> Html {
    let refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    let lang = p.lang;
    let onclick = {
        let refs = refs.clone();
        let on_add = p.on_add.clone();
        Callback::from(move |_| {
            let v: Vec<String> =
                refs.iter().map(|r| r.cast::<HtmlInputElement>().map(|e| e.value()).unwrap_or_default()).collect();
            if !v[0].trim().is_empty() {
                on_add.emit((v[0].trim().into(), v[1].trim().into(), v[2].trim().into()));
                for r in &refs {
                    if let Some(e) = r.cast::<HtmlInputElement>() {
                        e.set_value("");
                    }
                }
            }
        })
    };
    let field = |i: usize, id: &'static str, label: Text| {
        html! {
            <div class="field"><label for={id}>{ label.get(lang) }</label><input id={id} type="text" ref={refs[i].clone()} /></div>
        }
    };
    html! {
        <div class="action-form">
            { field(0, "rt-action-what", t::RT_ACTION_WHAT) }
            { field(1, "rt-action-who", t::RT_ACTION_WHO) }
            { field(2, "rt-action-due", t::RT_ACTION_DUE) }
            <button type="button" id="rt-action-add" {onclick}>{ t::RT_ACTION_ADD.get(lang) }</button>
        </div>
    }
}

/// Presentation mode: one agenda item at a time, large, keyboard driven.
#[derive(Properties, PartialEq)]
pub struct PresentProps {
    pub table: RoundTable,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Present(p: &PresentProps) -> Html {
    let index = use_state(|| 0usize);
    let shown = use_state(|| p.table.phase != Phase::Scoring);
    // The time box: seconds left for the current item, restarted per item.
    // Computed from the start time, so a tick only needs to say "now".
    let timebox = p.table.timebox_minutes.map(|m| u64::from(m) * 60);
    let started = use_state(effects::now);
    let clock = use_state(effects::now);
    {
        let (started, clock) = (started.clone(), clock.clone());
        use_effect_with((*index, timebox), move |(_, tb)| {
            started.set(effects::now());
            clock.set(effects::now());
            let handle = tb.map(|_| effects::every_second(move || clock.set(effects::now())));
            move || drop(handle)
        });
    }
    let left = timebox.map(|total| total.saturating_sub(clock.saturating_sub(*started) / 1000));
    let lang = p.lang;
    let agenda = rt::agenda(&p.table);
    let n = agenda.len();
    let i = (*index).min(n.saturating_sub(1));
    let go = |delta: i32| {
        let index = index.clone();
        move || index.set(((i as i32 + delta).clamp(0, n.saturating_sub(1) as i32)) as usize)
    };
    let onkeydown = {
        let (next, prev) = (go(1), go(-1));
        let shown = shown.clone();
        let d = p.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowRight" | "PageDown" | "n" => next(),
            "ArrowLeft" | "PageUp" | "p" => prev(),
            "r" | "R" => shown.set(!*shown),
            "Escape" => d.emit(Action::Show(View::RoundTable)),
            _ => {}
        })
    };
    let Some(sm) = agenda.get(i) else {
        return html! { <h1 tabindex="-1">{ t::RT_PRESENT.get(lang) }</h1> };
    };
    let (name, question) = item_texts(sm.item);
    let next = go(1);
    let prev = go(-1);
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(!*shown))
    };
    html! {
        <div class="present" id="present" tabindex="0" {onkeydown} aria-roledescription={t::RT_PRESENT.get(lang)}>
            <p class="present-count" aria-live="polite">{ t::RT_PRESENT_COUNT.fill(lang, &[("i", &(i + 1).to_string()), ("n", &n.to_string())]) }</p>
            if let Some(secs) = left {
                <p id="present-timer" class={classes!("present-timer", (secs == 0).then_some("over"))} role="timer">
                    { if secs == 0 { t::RT_TIME_UP.get(lang).to_string() } else { t::RT_TIME_LEFT.fill(lang, &[("time", &format!("{}:{:02}", secs / 60, secs % 60))]) } }
                </p>
            }
            <h1 tabindex="-1">{ name.get(lang) }</h1>
            <p class="present-question">{ question.get(lang) }</p>
            if *shown {
                <div class="present-answers" id="present-answers">
                    { strip(sm, lang) }
                    <p class="present-spread">{ t::RT_SPREAD.fill(lang, &[("spread", &sm.spread.to_string()), ("known", &sm.known.to_string()), ("unknown", &(sm.unknown + sm.missing).to_string())]) }</p>
                    <ul>{ for sm.answers.iter().map(|(who, a)| html! { <li><strong>{ who }</strong>{ ": " }{ answer_word(sm.item, *a, lang) }</li> }) }</ul>
                </div>
            }
            <div class="present-nav">
                <button type="button" id="present-prev" disabled={i == 0} onclick={Callback::from(move |_| prev())}>{ "← " }{ t::RT_PREV.get(lang) }</button>
                <button type="button" id="present-reveal" aria-pressed={shown.to_string()} onclick={toggle}>{ t::RT_SHOW_ANSWERS.get(lang) }</button>
                <button type="button" id="present-next" disabled={i + 1 >= n} onclick={Callback::from(move |_| next())}>{ t::RT_NEXT.get(lang) }{ " →" }</button>
                <button type="button" id="present-exit" onclick={p.dispatch.reform(|_| Action::Show(View::RoundTable))}>{ t::RT_EXIT.get(lang) }</button>
            </div>
            <p class="hint">{ t::RT_PRESENT_KEYS.get(lang) }</p>
        </div>
    }
}

/// A participant's own device: the idea, their scores, and their answer code.
pub fn participant(p: &ParticipantSession, lang: Lang, d: &Callback<Action>) -> Html {
    let code = encode_return(&p.invite.session_id, &p.invite.secret, p.label.trim(), &p.answers);
    let ready = !p.label.trim().is_empty();
    let copy = widgets::copy_on_click(d, code.clone(), Notice::CodeCopied);
    let close = {
        let d = d.clone();
        Callback::from(move |_| {
            d.emit(Action::PClose);
            effects::clear_fragment();
        })
    };
    html! {
        <div class="participant-view">
            <p class="kicker">{ t::RT_PARTICIPANT_KICKER.get(lang) }</p>
            <h1 tabindex="-1">{ if p.invite.session_name.is_empty() { t::RT_TITLE.get(lang).to_string() } else { p.invite.session_name.clone() } }</h1>
            <p>{ t::RT_PARTICIPANT_HINT.get(lang) }</p>
            <section class="card" aria-labelledby="p-idea"><h2 id="p-idea">{ t::SECTION_IDEA.get(lang) }</h2>
                <p class="idea-title"><strong>{ display_title(&Assessment { idea: p.invite.idea.clone(), ..Assessment::default() }, lang) }</strong></p>
                { idea_summary(&p.invite.idea, lang) }
            </section>
            <section class="card" aria-labelledby="p-you"><h2 id="p-you">{ t::RT_YOU.get(lang) }</h2>
                { widgets::text_field("p-label", t::RT_YOUR_NAME.get(lang), Some(t::RT_YOUR_NAME_HINT.get(lang)), &p.label, false, d.reform(Action::PSetLabel)) }
            </section>
            { scoring_form("own", &p.answers, lang, d.reform(|(i, a)| Action::PSetAnswer(i, a)), d.reform(|(i, n)| Action::PSetNote(i, n))) }
            <section class="card return-code" aria-labelledby="p-code">
                <h2 id="p-code">{ t::RT_YOUR_CODE.get(lang) }</h2>
                if ready {
                    <p>{ t::RT_YOUR_CODE_HINT.get(lang) }</p>
                    <label for="p-code-text">{ t::RT_CODE_LABEL.get(lang) }</label>
                    <textarea id="p-code-text" readonly=true value={code.clone()} rows="4" />
                    <div class="actions">
                        <button type="button" id="p-copy" class="primary" onclick={copy}>{ t::RT_COPY_CODE.get(lang) }</button>
                        <button type="button" id="p-close" onclick={close}>{ t::SHARED_CLOSE.get(lang) }</button>
                    </div>
                } else {
                    <p id="p-need-name">{ t::RT_NEED_NAME.get(lang) }</p>
                }
            </section>
        </div>
    }
}

/// The round tables about an assessment, for the printed report: who took
/// part, every item's individual and agreed answers, decisions and actions.
pub fn report_section(tables: &[&RoundTable], lang: Lang) -> Html {
    html! {
        { for tables.iter().map(|tb| html! {
            <section class="report-roundtable" aria-labelledby={format!("rr-{}", tb.id)}>
                <h2 id={format!("rr-{}", tb.id)}>{ &tb.name }</h2>
                <p>{ t::RT_PARTICIPANTS.get(lang) }{ ": " }{ tb.participants.iter().map(|p| p.label.as_str()).collect::<Vec<_>>().join(", ") }</p>
                <table class="report-table">
                    <thead><tr>
                        <th scope="col">{ t::COL_QUESTION.get(lang) }</th>
                        { for tb.participants.iter().map(|p| html! { <th scope="col">{ &p.label }</th> }) }
                        <th scope="col">{ t::RT_AGREED.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for rt::agenda(tb).iter().map(|sm| {
                            let agreed = tb.agreed_answer(sm.item).map(|(a, r)| {
                                let w = answer_word(sm.item, Some(a), lang);
                                if r.is_empty() { w } else { format!("{w}: {r}") }
                            }).unwrap_or_default();
                            html! {
                                <tr>
                                    <th scope="row">{ item_texts(sm.item).0.get(lang) }</th>
                                    { for sm.answers.iter().map(|(_, a)| html! { <td>{ answer_word(sm.item, *a, lang) }</td> }) }
                                    <td class="user-text">{ agreed }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                if !tb.decisions.is_empty() {
                    <h3>{ t::RT_DECISIONS.get(lang) }</h3>
                    <ul>{ for tb.decisions.iter().map(|x| html! { <li class="user-text">{ x }</li> }) }</ul>
                }
                if !tb.actions.is_empty() {
                    <h3>{ t::RT_ACTIONS.get(lang) }</h3>
                    <ul>{ for tb.actions.iter().map(|a| html! { <li class="user-text">{ format!("{} · {} · {}", a.what, a.who, a.due) }</li> }) }</ul>
                }
            </section>
        }) }
    }
}

/// The round tables of an assessment, to open from the assess view.
pub fn list_for_record(s: &AppState, record_id: &str, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let tables = s.tables_of(record_id);
    if tables.is_empty() {
        return html! {};
    }
    html! {
        <p class="roundtables-of" id="roundtables-of">
            { t::RT_EXISTING.get(lang) }{ " " }
            { for tables.iter().map(|tb| {
                let id = tb.id.clone();
                html! { <><button type="button" class="link" data-table={tb.id.clone()} onclick={d.reform(move |_| Action::RtOpen(id.clone()))}>{ &tb.name }</button>{ " " }</> }
            }) }
        </p>
    }
}
