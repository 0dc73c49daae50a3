//! Round table, scoring phase: setup (name, way of working, time box, whom
//! the session scores), participants, private scoring on one device, and
//! the invite and answer codes for own devices.

use super::{idea_summary, qr_svg, scoring_for, scoring_form, AddLine};
use crate::codec::paste;
use crate::codec::roundtable::{decode_return, encode_invite, Invite, ReturnError};
use crate::config::OrgLenses;
use crate::domain::roundtable::{Mode, RoundTable, ScoredFor};
use crate::domain::*;
use crate::i18n::{ui as t, Lang, Text};
use crate::report::group_compare as report_groups;
use crate::state::{Action, AppState, Notice};
use crate::ui::{effects, widgets};
use yew::prelude::*;

/// Whom the session scores: the typical customer or one customer group.
/// Shown when the assessment has groups. When the chosen group was removed,
/// none is checked (the view says it is gone).
fn scored_for_choice(tb: &RoundTable, a: &Assessment, lang: Lang, d: &Callback<Action>) -> Html {
    if a.groups.is_empty() {
        return html! {};
    }
    let option = |key: &str, label: String, group: Option<String>| {
        let id = format!("rt-for-{key}");
        html! {
            <span class="option">
                <input type="radio" id={id.clone()} name="rt-for" value={key.to_owned()} checked={tb.group == group}
                    onchange={d.reform(move |_| Action::RtGroup(group.clone()))} />
                <label for={id}>{ label }</label>
            </span>
        }
    };
    html! {
        <fieldset class="plain" id="rt-for">
            <legend>{ t::RT_FOR_LEGEND.get(lang) }</legend>
            <div class="options">
                { option("typical", t::COMPARE_TYPICAL.get(lang).to_owned(), None) }
                { for a.groups.iter().map(|g| option(&g.id, report_groups::group_label(&g.name, lang), Some(g.id.clone()))) }
            </div>
            <p class="hint">{ t::RT_FOR_HINT.get(lang) }</p>
        </fieldset>
    }
}

pub(super) fn setup(tb: &RoundTable, a: &Assessment, lang: Lang, d: &Callback<Action>) -> Html {
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
            { scored_for_choice(tb, a, lang, d) }
            <div class="field narrow">
                <label for="rt-timebox">{ t::RT_TIMEBOX.get(lang) }</label>
                <input id="rt-timebox" type="number" min="0" max="60" value={timebox}
                    oninput={d.reform(|e: InputEvent| Action::RtTimebox(widgets::event_value(&e).trim().parse::<u16>().ok().filter(|m| *m > 0 && *m <= 60)))} />
            </div>
        </section>
    }
}

pub(super) fn participants(s: &AppState, tb: &RoundTable, d: &Callback<Action>) -> Html {
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

pub(super) fn scoring(s: &AppState, tb: &RoundTable, a: &Assessment, d: &Callback<Action>) -> Html {
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
                if let ScoredFor::Group(g) = tb.scored_for(a) {
                    { scoring_for(&g.name, &g.description, lang) }
                }
                { idea_summary(&a.idea, lang) }
                <crate::ui::message::ReadOnly text={AttrValue::from(a.idea.message.clone())} chosen={a.message_check.lang}
                    words={s.words.clone()} org={s.config.message_words.clone()} lang={lang} />
                { scoring_form("p", &p.answers, tb.lenses(a), &s.config.lenses, lang, on_answer, on_note) }
                <div class="actions">
                    <button type="button" id="rt-done" class="primary" onclick={d.reform(move |_| Action::RtDone(pid.clone()))}>{ t::RT_DONE.get(lang) }</button>
                    <button type="button" onclick={d.reform(|_| Action::RtScoreAs(None))}>{ t::CANCEL.get(lang) }</button>
                </div>
            </section>
        };
    }
    let own = (tb.mode == Mode::OwnDevices).then(|| own_devices(tb, a, &s.config.lenses, lang, d));
    let done = tb.participants.iter().filter(|p| p.submitted).count();
    html! {
        <>
            { setup(tb, a, lang, d) }
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

pub(super) fn own_devices(tb: &RoundTable, a: &Assessment, org: &OrgLenses, lang: Lang, d: &Callback<Action>) -> Html {
    let url = effects::invite_url(&encode_invite(&Invite::for_table(tb, a, None).with_questions(org)));
    let copy = widgets::copy_on_click(d, url.clone(), Notice::LinkCopied);
    let (session, secret) = (tb.id.clone(), tb.secret.clone());
    let on_code = {
        let d = d.clone();
        Callback::from(move |code: String| {
            // One code (or none found): as before; more: all at once.
            let mut found = paste::find(&code, &session, &secret);
            let one = match found.len() {
                0 => decode_return(&code, &session, &secret),
                1 => found.remove(0).1,
                _ => return d.emit(Action::RtAddPasted(found)),
            };
            let action = match one {
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
                multiline=true on_add={on_code} />
        </section>
    }
}

pub(super) fn return_error(e: &ReturnError, lang: Lang) -> String {
    match e {
        ReturnError::Decode(e) => effects::describe(e, lang),
        ReturnError::WrongSession => t::RT_WRONG_SESSION.get(lang).to_string(),
        ReturnError::Tampered => t::RT_TAMPERED.get(lang).to_string(),
    }
}
