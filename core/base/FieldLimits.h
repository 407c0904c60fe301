// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Kindred {

// How long a typed-in text may be, in one place: core's validations refuse a longer value as a field problem
// (FieldProblems::checkLength; never cut silently), and the forms take their QLineEdit::setMaxLength from the
// same numbers. Lengths count UTF-16 code units, as QString::size() and QLineEdit do. Each limit is well above
// any real value and well below what would break a label, a tile, a printed sheet or a report row.
namespace FieldLimits {

// A person's first or family name (adult, child, staff, emergency contact): the longest names in civil
// registers, several given names or a multi-part family name (Spanish, Arabic, Tamil), fit with room to spare.
inline constexpr int PersonName = 100;
// A household's name ("Okafor-Lindqvist & Haddad"): two or three family names joined.
inline constexpr int FamilyName = 120;
// A room's name: it heads the board, the tiles and the sign-in sheet, so it must stay short.
inline constexpr int RoomName = 60;
// A phone number: at most 15 digits (ITU-T E.164) with spaces, brackets, dashes and a short extension.
inline constexpr int Phone = 32;
// An e-mail address: the longest a mail server accepts (RFC 5321's 256-character path less its brackets).
inline constexpr int Email = 254;
// One line of a postal address, a city: what an envelope window or a label line can hold, generously.
inline constexpr int AddressLine = 200;
// A postcode or ZIP: the longest in use are about 10 characters; 20 allows a country prefix.
inline constexpr int Postcode = 20;
// A short fact on one line: a relation, an allergen, a place, a body area, a court-order reference.
inline constexpr int ShortText = 200;
// Notes, a reaction, an action plan, a reason: a few paragraphs, as they print on one record page.
inline constexpr int Notes = 4000;
// A ticket's subject: one line on the ticket board and in a report row.
inline constexpr int TicketSubject = 200;
// A ticket's description or a note on its timeline: a parent's whole letter, pasted in.
inline constexpr int TicketDescription = 10000;
// What happened in an incident, the action taken, the follow-up: a full written page for licensing.
inline constexpr int IncidentText = 10000;

} // namespace FieldLimits
} // namespace Kindred
