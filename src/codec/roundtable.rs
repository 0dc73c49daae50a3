//! Round-table codes: how an idea reaches participants on their own devices
//! and how their answers come back, without any server.
//!
//! * **Invite** `r1.<payload>`: the session (id, name, secret), the idea,
//!   optionally the label of the participant it is meant for, and optionally
//!   the customer group the session scores (its name and description;
//!   optional fields, so invites without them, made before groups existed,
//!   read as scoring the typical customer, and are written byte for byte
//!   as before). The facilitator shows it as a link or QR code
//!   (`https://…/#r1.…`).
//!   Also optional: the lenses that are on (issue 14), whose questions the
//!   participants answer too.
//! * **Answer code** `a1.<payload>`: the session id, the participant's label,
//!   their answers and notes (lens answers in an optional `lenses` field, so
//!   a code without them is the same as before lenses existed), and a check
//!   over all of it plus the session secret. The participant sends it back (as text, link or file); the
//!   facilitator adds it.
//!
//! The payload is made as in share links (`codec::link`): compact JSON,
//! raw deflate, base64url without padding. The check is a 32-bit FNV-1a hash:
//! it catches damaged, edited and foreign codes, but anyone who has the
//! invite can compute it; it is not a security boundary. See
//! `docs/FORMAT.md`, "Round table codes".

use super::{validate_assessment, validate_id, validate_text, DecodeError};
use crate::codec::link::{MAX_FRAGMENT_BYTES, MAX_INFLATED_BYTES};
use crate::config::{LocalText, OrgLenses};
use crate::domain::lens::{LensEntry, LensId, LensSet, Lenses, MAX_EXTRA_QUESTIONS};
use crate::domain::roundtable::{answers_only, same_label, RoundTable, ScoredFor, MAX_LABEL_CHARS};
use crate::domain::{Assessment, DimensionId, Entry, FlagEntry, Idea, IdeaField, RedFlag, ValueQuestion};
use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version prefix of an invite.
pub const INVITE_PREFIX: &str = "r1.";
/// Version prefix of an answer code.
pub const RETURN_PREFIX: &str = "a1.";
/// Longest session secret an invite may carry, in characters.
pub const MAX_SECRET_CHARS: usize = 64;
/// Longest code the decoders read at all (bytes, before anything else):
/// the same as a share link's fragment.
pub const MAX_CODE_BYTES: usize = MAX_FRAGMENT_BYTES;

/// Deflate level, as for share links.
const LEVEL: u8 = 9;

/// What an invite carries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    #[serde(rename = "session")]
    pub session_id: String,
    #[serde(rename = "name", default)]
    pub session_name: String,
    #[serde(default)]
    pub idea: Idea,
    /// The label of the participant the invite is meant for, if any. A blank
    /// slot is written and read as none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<String>,
    /// The session secret, needed to make answer codes the session accepts.
    pub secret: String,
    /// The name of the customer group the participants score for; none:
    /// the typical customer. After the secret, and left out when none, so an
    /// invite without a group is the same code as before groups existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// That group's description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group_description: String,
    /// The language of the customer's text, when the team chose it (the
    /// participants' message check reads it so); left out otherwise, so
    /// invites stay the same code as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_lang: Option<crate::domain::TextLang>,
    /// The lenses on in the assessment, whose questions the participants
    /// answer too; left out when none (and in a session about a customer
    /// group), so invites stay the same code as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lenses: Vec<LensId>,
    /// The organisation's extra questions of those lenses, in order per
    /// lens, as the facilitator's app has them: the participant page loads
    /// no configuration. Left out when none, so invites stay the same code.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<InviteQuestion>,
}

/// One of the organisation's extra lens questions, as an invite carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteQuestion {
    pub lens: LensId,
    pub nl: String,
    pub en: String,
}

impl Invite {
    /// The invite to `rt` about `idea`, optionally for one participant;
    /// without a customer group (see [`Invite::for_table`]).
    pub fn new(rt: &RoundTable, idea: &Idea, slot: Option<&str>) -> Invite {
        Invite {
            session_id: rt.id.clone(),
            session_name: rt.name.clone(),
            idea: idea.clone(),
            slot: slot.map(str::to_owned),
            secret: rt.secret.clone(),
            group: None,
            group_description: String::new(),
            message_lang: None,
            lenses: Vec::new(),
            questions: Vec::new(),
        }
    }

    /// The invite to `rt` about the assessment `a`: its idea and, when the
    /// session scores one of its customer groups, that group's name and
    /// description. A group no longer in `a` is left out.
    pub fn for_table(rt: &RoundTable, a: &Assessment, slot: Option<&str>) -> Invite {
        let invite = Invite { message_lang: a.message_check.lang, ..Invite::new(rt, &a.idea, slot) };
        match rt.scored_for(a) {
            ScoredFor::Group(g) => {
                Invite { group: Some(g.name.clone()), group_description: g.description.clone(), ..invite }
            }
            ScoredFor::Typical => Invite { lenses: a.lenses.on.clone(), ..invite },
            ScoredFor::Missing => invite,
        }
    }

    /// The lenses whose questions the participant answers.
    pub fn lens_set(&self) -> LensSet {
        LensSet::of(&self.lenses)
    }

    /// The same invite carrying the organisation's extra questions of its
    /// lenses (`org`: the facilitator's configuration).
    pub fn with_questions(self, org: &OrgLenses) -> Invite {
        let questions = self
            .lens_set()
            .iter()
            .flat_map(|lens| {
                org.questions(lens).iter().take(MAX_EXTRA_QUESTIONS).map(move |q| InviteQuestion {
                    lens,
                    nl: q.nl.clone(),
                    en: q.en.clone(),
                })
            })
            .collect();
        Invite { questions, ..self }
    }

    /// The extra lens questions this invite carries, as the scoring form
    /// takes them; `None` when it carries none (an invite made before they
    /// travelled, or an organisation without them).
    pub fn org_lenses(&self) -> Option<OrgLenses> {
        if self.questions.is_empty() {
            return None;
        }
        let mut org = OrgLenses::default();
        for q in &self.questions {
            org.questions[q.lens.index()].push(LocalText { nl: q.nl.clone(), en: q.en.clone() });
        }
        Some(org)
    }
}

/// A participant's own device, opened from an invite link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParticipantSession {
    pub invite: Invite,
    pub label: String,
    pub answers: Assessment,
    /// The participant left the session on purpose; their answers stay,
    /// and opening the same invite again brings them back.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub left: bool,
}

impl ParticipantSession {
    /// A fresh session from `invite`: the name filled in when the invite
    /// was made for one participant.
    pub fn new(invite: Invite) -> ParticipantSession {
        let label = invite.slot.clone().unwrap_or_default();
        ParticipantSession { invite, label, ..Default::default() }
    }

    /// Sets the participant's name, cut to what an answer code carries
    /// ([`MAX_LABEL_CHARS`]), so every code shown is one the facilitator
    /// can add.
    pub fn set_label(&mut self, label: &str) {
        self.label = label.chars().take(MAX_LABEL_CHARS).collect();
    }

    /// Sets (or clears) the answer to `item`.
    pub fn set_answer(
        &mut self,
        item: crate::domain::roundtable::Item,
        answer: Option<crate::domain::roundtable::ItemAnswer>,
    ) {
        item.set_in(&mut self.answers, answer);
        self.answers.normalise();
    }

    /// Sets the note on `item`.
    pub fn set_note(&mut self, item: crate::domain::roundtable::Item, note: String) {
        *item.note_mut(&mut self.answers) = note;
        self.answers.normalise();
    }

    /// This participant's answer code, once they gave a name.
    pub fn answer_code(&self) -> Option<String> {
        let label = self.label.trim();
        (!label.is_empty()).then(|| encode_return(&self.invite.session_id, &self.invite.secret, label, &self.answers))
    }

    /// How many of the questions asked are answered ("not known yet"
    /// counts), and how many are asked: the 17 items and the questions of
    /// the lenses on in the invite, with `extra` of the organisation's per
    /// lens (`LensRules::extra`).
    pub fn progress(&self, extra: &[u8; 5]) -> (usize, usize) {
        let asked = crate::domain::roundtable::items(self.invite.lens_set(), extra);
        (asked.iter().filter(|i| i.answer_in(&self.answers).is_some()).count(), asked.len())
    }
}

/// A participant's answers, read from a valid answer code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReturnedAnswers {
    pub session_id: String,
    pub label: String,
    /// Only dimensions, value questions and red flags; normalised.
    pub answers: Assessment,
}

/// Why an answer code was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReturnError {
    /// Not readable: not an answer code, damaged, too large, over a limit,
    /// or made by a newer version.
    Decode(DecodeError),
    /// A valid code, but for another session.
    WrongSession,
    /// Readable, but the check does not match: the code was changed, or made
    /// with another secret.
    Tampered,
}

impl From<DecodeError> for ReturnError {
    fn from(e: DecodeError) -> ReturnError {
        ReturnError::Decode(e)
    }
}

/// A returned code from a participant who has already submitted, by label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Duplicate {
    /// The same answers again (e.g. the code was added twice): nothing to do.
    Same { participant_id: String },
    /// Different answers: ask whether to replace the earlier ones.
    Conflict { participant_id: String },
}

/// The scored part of an assessment, as an answer code carries it. Lens
/// answers come last and are left out when there are none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Answers {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    dimensions: BTreeMap<DimensionId, Entry>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    values: BTreeMap<ValueQuestion, Entry>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    flags: BTreeMap<RedFlag, FlagEntry>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    lenses: BTreeMap<LensId, BTreeMap<String, LensEntry>>,
}

impl Answers {
    pub(crate) fn of(a: &Assessment) -> Answers {
        let a = answers_only(a);
        Answers { dimensions: a.dimensions, values: a.values, flags: a.flags, lenses: a.lenses.answers }
    }

    pub(crate) fn into_assessment(self) -> Assessment {
        Assessment {
            dimensions: self.dimensions,
            values: self.values,
            flags: self.flags,
            lenses: Lenses { answers: self.lenses, ..Lenses::default() },
            ..Assessment::default()
        }
    }
}

/// What the check covers, serialised compactly in this field order.
#[derive(Serialize)]
struct Body<'a> {
    session: &'a str,
    label: &'a str,
    answers: &'a Answers,
}

/// An answer code's JSON.
#[derive(Serialize, Deserialize)]
struct Wire {
    session: String,
    label: String,
    #[serde(default)]
    answers: Answers,
    check: String,
}

/// 32-bit FNV-1a.
fn fnv1a(parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in parts.iter().flat_map(|p| p.iter()) {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// The check of an answer code: FNV-1a over the body's JSON followed by the
/// secret's UTF-8 bytes, as 8 lowercase hex digits.
fn check(session: &str, label: &str, answers: &Answers, secret: &str) -> String {
    // Plain structs with string keys: serialising cannot fail.
    let body = serde_json::to_vec(&Body { session, label, answers }).unwrap_or_default();
    format!("{:08x}", fnv1a(&[&body, secret.as_bytes()]))
}

/// `prefix` followed by `value` as base64url(deflate(JSON)).
fn pack(prefix: &str, value: &impl Serialize) -> String {
    // Plain structs with string keys: serialising cannot fail.
    let json = serde_json::to_vec(value).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, LEVEL);
    let mut out = String::with_capacity(prefix.len() + packed.len().div_ceil(3) * 4);
    out.push_str(prefix);
    super::b64::encode_into(&packed, &mut out);
    out
}

/// The JSON bytes inside a code whose prefix is `<letter>1.`. Accepts
/// surrounding whitespace, a leading '#', and a whole URL (the part after
/// its first '#').
fn unpack(code: &str, letter: char, what: &str) -> Result<Vec<u8>, DecodeError> {
    if code.len() > MAX_CODE_BYTES {
        return Err(DecodeError::TooLarge { bytes: code.len(), limit: MAX_CODE_BYTES });
    }
    let code = code.trim();
    let code = code.split_once('#').map_or(code, |(_, fragment)| fragment).trim();
    let payload = payload(code, letter, what)?;
    let packed = super::b64::decode(payload).map_err(|e| DecodeError::BadLink(format!("not base64url: {e}")))?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => {
            DecodeError::TooLarge { bytes: MAX_INFLATED_BYTES.saturating_add(1), limit: MAX_INFLATED_BYTES }
        }
        _ => DecodeError::BadLink(format!("damaged: {e}")),
    })
}

/// The base64 part after `<letter>1.`; newer versions are `FutureVersion`.
fn payload<'a>(code: &'a str, letter: char, what: &str) -> Result<&'a str, DecodeError> {
    let not_ours = || DecodeError::BadLink(format!("not a Wenselijk {what}"));
    let (head, rest) = code.split_once('.').ok_or_else(not_ours)?;
    let digits = head.strip_prefix(letter).ok_or_else(not_ours)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(not_ours());
    }
    match digits.parse::<u32>() {
        Ok(1) if digits == "1" => Ok(rest),
        Ok(v) if v > 1 => Err(DecodeError::FutureVersion(v)),
        // "a0.", "a01." or a number beyond u32: never written.
        _ => Err(DecodeError::BadLink(format!("unknown {what} version \"{head}\""))),
    }
}

/// Refuses a blank label or one over [`MAX_LABEL_CHARS`] characters.
fn validate_label(label: &str, field: &str) -> Result<(), DecodeError> {
    validate_text(label, || field.to_owned())?;
    if label.trim().is_empty() {
        return Err(DecodeError::Malformed(format!("{field} is empty")));
    }
    let chars = label.chars().count();
    if chars > MAX_LABEL_CHARS {
        return Err(DecodeError::TextTooLong { field: field.to_owned(), chars, limit: MAX_LABEL_CHARS });
    }
    Ok(())
}

/// A blank slot is no slot.
fn clean_slot(slot: &Option<String>) -> Option<String> {
    slot.as_ref().filter(|s| !s.trim().is_empty()).cloned()
}

/// The invite code (without '#').
pub fn encode_invite(invite: &Invite) -> String {
    pack(INVITE_PREFIX, &Invite { slot: clean_slot(&invite.slot), ..invite.clone() })
}

/// The invite in a code, link or URL. Refuses what is not an invite, too
/// large, damaged, newer (`r2.`…), or breaks a limit: session id as a record
/// id, texts up to `MAX_TEXT_CHARS`, slot up to [`MAX_LABEL_CHARS`], secret
/// 1 to [`MAX_SECRET_CHARS`] characters, a group's name and description up
/// to `MAX_TEXT_CHARS`.
pub fn decode_invite(code: &str) -> Result<Invite, DecodeError> {
    let json = unpack(code, 'r', "round-table invite")?;
    let invite: Invite = super::json_from_bytes(&json)?;
    validate_invite(invite)
}

/// `invite` checked against the limits, its slot and lenses made tidy (as
/// read from a code, or from a participant's storage).
pub(crate) fn validate_invite(mut invite: Invite) -> Result<Invite, DecodeError> {
    validate_id(&invite.session_id, "session")?;
    validate_text(&invite.session_name, || "name".into())?;
    for f in IdeaField::ALL {
        validate_text(invite.idea.get(f), || format!("idea.{}", f.key()))?;
    }
    invite.slot = clean_slot(&invite.slot);
    if let Some(slot) = &invite.slot {
        validate_label(slot, "slot")?;
    }
    validate_text(invite.group.as_deref().unwrap_or_default(), || "group".into())?;
    validate_text(&invite.group_description, || "group_description".into())?;
    validate_text(&invite.secret, || "secret".into())?;
    invite.lenses = invite.lens_set().iter().collect();
    let on = invite.lens_set();
    invite.questions.retain(|q| on.has(q.lens));
    for (i, q) in invite.questions.iter().enumerate() {
        validate_text(&q.nl, || format!("questions[{i}].nl"))?;
        validate_text(&q.en, || format!("questions[{i}].en"))?;
        let n = invite.questions[..=i].iter().filter(|x| x.lens == q.lens).count();
        if n > MAX_EXTRA_QUESTIONS {
            return Err(DecodeError::Malformed(format!(
                "{} extra questions of lens {}; at most {MAX_EXTRA_QUESTIONS}",
                n,
                q.lens.key()
            )));
        }
    }
    let chars = invite.secret.chars().count();
    if chars == 0 || chars > MAX_SECRET_CHARS {
        return Err(DecodeError::Malformed(format!("secret has {chars} characters; it needs 1 to {MAX_SECRET_CHARS}")));
    }
    Ok(invite)
}

/// The answer code (without '#') of participant `label` in session
/// `session_id`: only the dimensions, value questions, red flags and lens
/// questions of `answers` (answers and notes) travel.
pub fn encode_return(session_id: &str, secret: &str, label: &str, answers: &Assessment) -> String {
    let answers = Answers::of(answers);
    let check = check(session_id, label, &answers, secret);
    pack(RETURN_PREFIX, &Wire { session: session_id.to_owned(), label: label.to_owned(), answers, check })
}

/// The answers in a code, link or URL, if the code belongs to session
/// `expected_session_id` and its check matches `secret`.
pub fn decode_return(code: &str, expected_session_id: &str, secret: &str) -> Result<ReturnedAnswers, ReturnError> {
    let json = unpack(code, 'a', "round-table answer code")?;
    let wire: Wire = super::json_from_bytes(&json)?;
    validate_id(&wire.session, "session")?;
    validate_label(&wire.label, "label")?;
    let answers = wire.answers.into_assessment();
    validate_assessment(&answers, "answers")?;
    if wire.session != expected_session_id {
        return Err(ReturnError::WrongSession);
    }
    // Re-serialise what was read: any change to the content changes the check.
    let read = Answers {
        dimensions: answers.dimensions,
        values: answers.values,
        flags: answers.flags,
        lenses: answers.lenses.answers,
    };
    if check(&wire.session, &wire.label, &read, secret) != wire.check {
        return Err(ReturnError::Tampered);
    }
    Ok(ReturnedAnswers { session_id: wire.session, label: wire.label, answers: answers_only(&read.into_assessment()) })
}

/// The participant's label in an answer code whose check or session did
/// not match (to name it in a list of skipped codes); none if unreadable.
pub fn label_in(code: &str) -> Option<String> {
    let wire: Wire = super::json_from_bytes(&unpack(code, 'a', "").ok()?).ok()?;
    Some(wire.label).filter(|l| validate_label(l, "label").is_ok())
}

/// Whether `returned` comes from a participant who has already submitted
/// (same label, see `same_label`): with the same answers or different ones.
/// `None` for a new label or a participant who has not submitted yet.
pub fn check_duplicate(rt: &RoundTable, returned: &ReturnedAnswers) -> Option<Duplicate> {
    let p = rt.participants.iter().find(|p| p.submitted && same_label(&p.label, &returned.label))?;
    let participant_id = p.id.clone();
    if answers_only(&p.answers) == answers_only(&returned.answers) {
        Some(Duplicate::Same { participant_id })
    } else {
        Some(Duplicate::Conflict { participant_id })
    }
}
