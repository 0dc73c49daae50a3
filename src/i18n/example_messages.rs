//! The first version of an example's customer text, where the example shows
//! a rewrite (issue 13): the message check keeps it as the earliest version,
//! so its before-and-after figures show the gain at once. The current text
//! stays in the example itself (`IdeaDef::message`).
//!
//! The first version is written the way such letters often are: long
//! sentences, negations, passive verbs and officialese. The rewrite says the
//! same in about half the words, like the rewrite in the sources (64 to 37).

use super::Text;
use crate::domain::ExampleId;

/// The too-hard first version of an example's customer text, if it has one.
pub fn first_message(id: ExampleId) -> Option<Text> {
    match id {
        ExampleId::GovernmentHelp => Some(GOVERNMENT_FIRST),
        _ => None,
    }
}

/// The allowance letter before its rewrite.
const GOVERNMENT_FIRST: Text = Text {
    nl: "Uit onze administratie is gebleken dat u in het afgelopen jaar kwijtschelding van gemeentelijke belastingen is verleend, waardoor u mogelijk in aanmerking komt voor de inkomensafhankelijke toeslag ten behoeve van huishoudens met een laag inkomen. Teneinde uw aanvraag in behandeling te kunnen nemen, dient u middels het bijgevoegde formulier uw gegevens te verstrekken, indien deze niet reeds bij ons bekend zijn. Aanvragen die niet tijdig worden ingediend, kunnen niet worden gehonoreerd. Wijzigingen in uw situatie dienen onverwijld te worden doorgegeven.",
    en: "Our records indicate that a remission of municipal taxes was granted to you in the previous year, as a result of which you may be eligible for the income-dependent allowance for the benefit of low-income households. In order to enable your application to be processed, you are required to furnish the particulars by means of the enclosed form, in the event that these are not already held by us. Applications not submitted in a timely manner cannot be considered. Any change in your circumstances must be notified forthwith.",
};
