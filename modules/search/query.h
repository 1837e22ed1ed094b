// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace aw::search {

// A search as the user typed it, parsed: words, "phrases", prefix*, OR, -exclusion and fields.
//   Antrag Wohngeld          both words (German stemming: "Anträge" finds "Antrag")
//   "Antrag auf Wohngeld"    the words in this order
//   Wohng*                   words starting with "Wohng" (at least 3 letters)
//   Geburt OR Ehe            either
//   -Widerspruch             not this
//   az:12/2026               the Aktenzeichen contains "12/2026"
//   betreff:Wohngeld         the subject of the case file or proceeding has the word
//   einheit:StA              unit by code or name; bearbeiter:mmueller  assignee by login or name
//   status:offen|bearbeitung|wartet|abgeschlossen   typ:eingang|ausgang|intern|akte|vorgang|dokument
//   von:01.01.2025 bis:2025  dates (TT.MM.JJJJ, MM.JJJJ, JJJJ, JJJJ-MM-TT)
//   archiv:ja|nein           closed (zdA) files only, or open ones only
//   aktenplan:3.4            files under this file-plan entry (and the entries below it)
// English aliases: ref:, subject:, unit:, assignee:, type:, from:, to:, archive:yes|no, plan:.
// Parsing never touches SQL or the index; the terms are built from this structure only.
struct Clause
{
    enum class Kind
    {
        Word,
        Prefix,
        Phrase,
        Reference,  // az:
        Subject,    // betreff:
        Unit,       // einheit:
        Assignee,   // bearbeiter:
        Status,     // status: (value: open, in_progress, waiting, closed)
        Type,       // typ: (value: in, out, internal, case_file, proceeding, document)
        From,       // von: (date: start of the period)
        To,         // bis: (date: end of the period)
        Archived,   // archiv: (value: "1" or "0")
        Node,       // aktenplan: (a file-plan code)
    };
    Kind kind = Kind::Word;
    QString text;  // the word, prefix, phrase, or the field's value (normalised where listed above)
    QDate date;    // From, To
    bool negated = false;

    bool isFilter() const { return kind != Kind::Word && kind != Kind::Prefix && kind != Kind::Phrase; }
    bool operator==(const Clause &) const = default;
};

// All groups must match; within a group, any clause (OR).
struct ParsedQuery
{
    QList<QList<Clause>> groups;
};

// A clear message for the user (translated) when the text cannot be read as a search.
core::Result<ParsedQuery> parseQuery(const QString &text);

}  // namespace aw::search
