//! Each lens's result: its points (met, at risk, broken, open, not
//! applicable), the contact plan's flags, the B = MAP place and what to
//! change. Pure; the texts are in `i18n::lens`.

use super::bmap::{self, Place};
use super::{extra_key, LensAnswer, LensId, Lenses, PlanFlag};
use crate::domain::Level;

/// How a point of a lens stands, least serious first (so `max` is the worst).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    NotApplicable,
    Met,
    /// Not answered yet, or "not known yet".
    Open,
    AtRisk,
    Broken,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Met, Status::AtRisk, Status::Broken, Status::Open, Status::NotApplicable];

    pub fn key(self) -> &'static str {
        match self {
            Status::NotApplicable => "na",
            Status::Met => "met",
            Status::Open => "open",
            Status::AtRisk => "at-risk",
            Status::Broken => "broken",
        }
    }
}

/// What a lens looks at: one point of its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Point {
    // The six golden rules of customer contact, in SAMR's order.
    Available,
    Promises,
    Bother,
    Formalities,
    Mistakes,
    Involved,
    // B = MAP.
    Placement,
    ActNow,
    RightMoment,
    // Moments that matter.
    MomentMatters,
    CustomerView,
    BeforeAsked,
    // Peaks and ends.
    Peak,
    RepairsLow,
    End,
    Beyond,
    // Emotions and trust.
    Tone,
    Understood,
    Upfront,
    NoSurprise,
    Human,
    /// The organisation's own extra question (0-based).
    Extra(u8),
}

impl Point {
    /// A stable id for HTML ids and test hooks.
    pub fn key(self) -> String {
        let k = match self {
            Point::Extra(i) => return extra_key(i as usize),
            Point::Available => "available",
            Point::Promises => "promises",
            Point::Bother => "bother",
            Point::Formalities => "formalities",
            Point::Mistakes => "mistakes",
            Point::Involved => "involved",
            Point::Placement => "placement",
            Point::ActNow => "act_now",
            Point::RightMoment => "right_moment",
            Point::MomentMatters => "moment_matters",
            Point::CustomerView => "customer_view",
            Point::BeforeAsked => "before_asked",
            Point::Peak => "peak",
            Point::RepairsLow => "repairs_low",
            Point::End => "end",
            Point::Beyond => "beyond",
            Point::Tone => "tone",
            Point::Understood => "understood",
            Point::Upfront => "upfront",
            Point::NoSurprise => "no_surprise",
            Point::Human => "human",
        };
        k.to_string()
    }
}

/// What to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Advice {
    /// The point's own advice (for a point at risk or broken).
    Fix(Point),
    /// B = MAP: the prompt can work; keep the step this small.
    KeepItEasy,
    /// B = MAP: make the step smaller and easier.
    RaiseAbility,
    /// B = MAP: prompt when the customer wants to act, or not at all.
    MoveMoment,
    /// B = MAP: motivation and ability are both low.
    DoNotPrompt,
}

/// One lens's result.
#[derive(Clone, Debug, PartialEq)]
pub struct LensResult {
    pub lens: LensId,
    pub points: Vec<(Point, Status)>,
    /// Golden rules: what is wrong with the contact plan.
    pub flags: Vec<PlanFlag>,
    /// B = MAP: motivation and ability, when both are known, and the place.
    pub bmap: Option<(Level, Level, Place)>,
    pub advice: Vec<Advice>,
}

impl LensResult {
    pub fn status(&self, p: Point) -> Option<Status> {
        self.points.iter().find(|(q, _)| *q == p).map(|(_, s)| *s)
    }

    /// The most serious status among the points.
    pub fn worst(&self) -> Status {
        self.points.iter().map(|(_, s)| *s).max().unwrap_or(Status::Open)
    }

    pub fn broken(&self) -> bool {
        self.worst() == Status::Broken
    }

    /// How many points have this status.
    pub fn count(&self, s: Status) -> usize {
        self.points.iter().filter(|(_, t)| *t == s).count()
    }
}

/// The status of a yes / no answer: `bad` for the bad answer.
fn yes_no(a: Option<LensAnswer>, yes_good: bool, bad: Status) -> Status {
    match a {
        Some(LensAnswer::Yes) if yes_good => Status::Met,
        Some(LensAnswer::No) if !yes_good => Status::Met,
        Some(LensAnswer::Yes | LensAnswer::No) => bad,
        Some(LensAnswer::Unsure) => Status::AtRisk,
        Some(LensAnswer::NotApplicable) => Status::NotApplicable,
        _ => Status::Open,
    }
}

/// The status of a step on the scale: 4–5 met, 3 at risk, 1–2 broken.
fn scale(l: Option<Level>) -> Status {
    match l.map(Level::get) {
        Some(4..) => Status::Met,
        Some(3) => Status::AtRisk,
        Some(_) => Status::Broken,
        None => Status::Open,
    }
}

const GOLDEN: [Point; 6] =
    [Point::Available, Point::Promises, Point::Bother, Point::Formalities, Point::Mistakes, Point::Involved];

/// One lens's result; `extra` is the number of the organisation's extra
/// questions for this lens.
pub fn evaluate(ls: &Lenses, lens: LensId, extra: usize) -> LensResult {
    let ans = |key: &str| ls.answer(lens, key);
    let level = |key: &str| ans(key).and_then(LensAnswer::level);
    let yn = |key: &str, bad| yes_no(ans(key), super::yes_is_good(lens, key), bad);
    let mut r = LensResult { lens, points: Vec::new(), flags: Vec::new(), bmap: None, advice: Vec::new() };
    match lens {
        LensId::GoldenRules => {
            r.flags = ls.plan.flags();
            for (p, q) in GOLDEN.into_iter().zip(super::questions(lens)) {
                let mut s = yn(q.key, Status::Broken);
                let about = match p {
                    Point::Available => Some(true),
                    Point::Bother => Some(false),
                    _ => None,
                };
                if let Some(avail) = about {
                    let plan = r.flags.iter().filter(|f| f.about_availability() == avail).map(|f| f.status()).max();
                    s = s.max(plan.unwrap_or(Status::NotApplicable));
                }
                r.points.push((p, s));
            }
        }
        LensId::BMap => {
            let (m, a) = (level("motivation"), level("ability"));
            let placed = m.zip(a).map(|(m, a)| (m, a, bmap::place(m, a)));
            r.bmap = placed;
            let status = match placed.map(|p| p.2) {
                Some(Place::Above) => Status::Met,
                Some(Place::Near) => Status::AtRisk,
                Some(Place::Below) => Status::Broken,
                None => Status::Open,
            };
            let act = yn("act_now", Status::AtRisk);
            let moment = yn("right_moment", Status::AtRisk);
            r.points = vec![(Point::Placement, status), (Point::ActNow, act), (Point::RightMoment, moment)];
            let mut advice = Vec::new();
            if let Some((m, a, place)) = placed {
                let (m, a) = (m.get(), a.get());
                if place == Place::Above {
                    advice.push(Advice::KeepItEasy);
                } else if m <= 2 && a <= 2 {
                    advice.push(Advice::DoNotPrompt);
                } else {
                    if a <= m {
                        advice.push(Advice::RaiseAbility);
                    }
                    if m <= a {
                        advice.push(Advice::MoveMoment);
                    }
                }
            }
            if act >= Status::AtRisk {
                advice.push(Advice::RaiseAbility);
            }
            if moment >= Status::AtRisk {
                advice.push(Advice::MoveMoment);
            }
            if advice.len() > 1 {
                advice.retain(|a| *a != Advice::KeepItEasy);
            }
            for a in advice {
                if !r.advice.contains(&a) {
                    r.advice.push(a);
                }
            }
        }
        LensId::Moments => {
            let worry = ans("worry");
            let matters = match (ls.journey.at_step().map(|s| s.matters), worry) {
                (Some(true), Some(LensAnswer::No)) | (Some(false), Some(LensAnswer::Yes)) => Status::AtRisk,
                (Some(true), _) => Status::Met,
                (Some(false), _) => Status::Broken,
                (None, w) => yes_no(w, true, Status::Broken),
            };
            r.points = vec![
                (Point::MomentMatters, matters),
                (Point::CustomerView, yn("customer_view", Status::AtRisk)),
                (Point::BeforeAsked, yn("before_asked", Status::AtRisk)),
            ];
        }
        LensId::PeaksEnds => {
            let (before, during) = (level("before"), level("during"));
            let peak = scale(during);
            let repairs = match before.map(Level::get) {
                Some(1 | 2) => peak,
                Some(_) => Status::NotApplicable,
                None => Status::Open,
            };
            let end = match ans("end") {
                Some(LensAnswer::Yes) => peak,
                Some(LensAnswer::No | LensAnswer::NotApplicable) => Status::NotApplicable,
                Some(LensAnswer::Unsure) => Status::AtRisk.min(peak.max(Status::Met)),
                _ => Status::Open,
            };
            r.points = vec![
                (Point::Peak, peak),
                (Point::RepairsLow, repairs),
                (Point::End, end),
                (Point::Beyond, yn("beyond", Status::AtRisk)),
            ];
        }
        LensId::Emotions => {
            r.points = vec![
                (Point::Tone, yn("tone", Status::AtRisk)),
                (Point::Understood, scale(level("understood"))),
                (Point::Upfront, yn("upfront", Status::Broken)),
                (Point::NoSurprise, yn("surprise", Status::Broken)),
                (Point::Human, yn("human", Status::AtRisk)),
            ];
        }
    }
    for i in 0..extra.min(super::MAX_EXTRA_QUESTIONS) {
        r.points.push((Point::Extra(i as u8), yes_no(ans(&extra_key(i)), true, Status::Broken)));
    }
    if lens != LensId::BMap {
        for (p, s) in &r.points {
            if *s >= Status::AtRisk {
                r.advice.push(Advice::Fix(*p));
            }
        }
    }
    r
}

/// The result of every lens that is on, in [`LensId::ALL`] order; `extra`
/// holds the number of extra questions per lens, indexed like it.
pub fn evaluate_all(ls: &Lenses, extra: &[u8; 5]) -> Vec<LensResult> {
    ls.set().iter().map(|l| evaluate(ls, l, extra[l.index()] as usize)).collect()
}
