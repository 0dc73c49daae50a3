//! The golden rules' contact plan: through which channel, on which day and
//! at what hour the message goes out, how often in a week, and whether the
//! channel can answer the customer within the time customers expect
//! (SAMR's response times). [`flags`] names what is wrong with the timing.

use super::super::FlagAnswer;
use super::Status;
use serde::{Deserialize, Serialize};

/// The channels with a response time customers expect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    InPerson,
    Chat,
    SocialMedia,
    WhatsApp,
    App,
    Website,
    Email,
}

/// How fast customers expect an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Within 30 seconds.
    HalfMinute,
    AtOnce,
    SameWorkingDay,
    SameOrNextWorkingDay,
}

impl Channel {
    pub const ALL: [Channel; 8] = [
        Channel::Phone,
        Channel::InPerson,
        Channel::Chat,
        Channel::SocialMedia,
        Channel::WhatsApp,
        Channel::App,
        Channel::Website,
        Channel::Email,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::InPerson => "in_person",
            Channel::Chat => "chat",
            Channel::SocialMedia => "social_media",
            Channel::WhatsApp => "whats_app",
            Channel::App => "app",
            Channel::Website => "website",
            Channel::Email => "email",
        }
    }

    /// The response time customers expect on this channel (SAMR).
    pub fn response_time(self) -> Expect {
        match self {
            Channel::Phone => Expect::HalfMinute,
            Channel::InPerson | Channel::Chat => Expect::AtOnce,
            Channel::SocialMedia | Channel::WhatsApp | Channel::App | Channel::Website => Expect::SameWorkingDay,
            Channel::Email => Expect::SameOrNextWorkingDay,
        }
    }
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub const ALL: [Day; 7] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];

    pub fn key(self) -> &'static str {
        match self {
            Day::Mon => "mon",
            Day::Tue => "tue",
            Day::Wed => "wed",
            Day::Thu => "thu",
            Day::Fri => "fri",
            Day::Sat => "sat",
            Day::Sun => "sun",
        }
    }

    pub fn weekend(self) -> bool {
        matches!(self, Day::Sat | Day::Sun)
    }
}

/// The most contacts a week the plan can hold.
pub const MAX_PER_WEEK: u8 = 21;
/// Hours from this one up to [`NIGHT_UNTIL`] (exclusive) are night.
pub const NIGHT_FROM: u8 = 22;
pub const NIGHT_UNTIL: u8 = 7;
/// Early morning and evening hours: not night, but a contact may disturb.
pub const QUIET_HOURS: [u8; 3] = [7, 20, 21];
/// This many contacts in a week bother the customer; one fewer is at risk.
pub const TOO_OFTEN: u8 = 3;

/// How the idea reaches the customer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactPlan {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<Day>,
    /// The hour of sending, 0–23.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<u8>,
    /// How many contacts like this the customer gets in one week, 1–21.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_week: Option<u8>,
    /// Can the channel answer the customer's questions within the time
    /// customers expect on it?
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_time: Option<FlagAnswer>,
}

/// Something in the contact plan that puts a golden rule at risk or breaks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanFlag {
    /// Sent at night (22:00–6:59): the hour.
    Night(u8),
    /// Sent early in the morning or in the evening: the hour.
    Quiet(u8),
    Weekend(Day),
    /// Three or more contacts in a week: how many.
    TooOften(u8),
    /// Two contacts in a week.
    Twice,
    /// The channel cannot answer within the expected time.
    NotInTime,
    /// Nobody knows whether it can.
    MaybeNotInTime,
}

impl PlanFlag {
    /// How serious the flag is.
    pub fn status(self) -> Status {
        match self {
            PlanFlag::Night(_) | PlanFlag::TooOften(_) | PlanFlag::NotInTime => Status::Broken,
            PlanFlag::Quiet(_) | PlanFlag::Weekend(_) | PlanFlag::Twice | PlanFlag::MaybeNotInTime => Status::AtRisk,
        }
    }

    /// True when the flag concerns the rule "be available"; otherwise it
    /// concerns "do not bother the customer unnecessarily".
    pub fn about_availability(self) -> bool {
        matches!(self, PlanFlag::NotInTime | PlanFlag::MaybeNotInTime)
    }
}

impl ContactPlan {
    pub fn is_empty(&self) -> bool {
        *self == ContactPlan::default()
    }

    /// What is wrong with the plan's timing, most serious first within
    /// each rule: night or quiet hour, weekend, frequency, availability.
    pub fn flags(&self) -> Vec<PlanFlag> {
        let mut out = Vec::new();
        if let Some(h) = self.hour {
            if !(NIGHT_UNTIL..NIGHT_FROM).contains(&h) {
                out.push(PlanFlag::Night(h));
            } else if QUIET_HOURS.contains(&h) {
                out.push(PlanFlag::Quiet(h));
            }
        }
        if let Some(d) = self.day.filter(|d| d.weekend()) {
            out.push(PlanFlag::Weekend(d));
        }
        match self.per_week {
            Some(n) if n >= TOO_OFTEN => out.push(PlanFlag::TooOften(n)),
            Some(2) => out.push(PlanFlag::Twice),
            _ => {}
        }
        match self.in_time {
            Some(FlagAnswer::No) => out.push(PlanFlag::NotInTime),
            Some(FlagAnswer::Unsure) => out.push(PlanFlag::MaybeNotInTime),
            _ => {}
        }
        out
    }
}
