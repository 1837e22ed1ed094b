// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QRegularExpression>
#include <QString>

#include <vector>

namespace aw::core {

// The parts of an Aktenzeichen. A case file has proceeding == 0; a proceeding's reference is its
// case file's reference plus a suffix made from `proceeding`.
struct FileReference
{
    QString planCode;    // file-plan node code, e.g. "123.30"
    QString unitCode;    // optional short code of the owning unit, e.g. "StA"
    int sequence = 0;    // running number within (planCode, year), from 1
    int year = 0;        // four digits
    int proceeding = 0;  // 0 for the case file itself, 1.. for its proceedings

    bool isProceeding() const { return proceeding > 0; }
    FileReference caseFile() const
    {
        FileReference r = *this;
        r.proceeding = 0;
        return r;
    }
    bool operator==(const FileReference &) const = default;
};

// The office's pattern for references, e.g. "{plan}-{seq}/{year}" → "123.30-11/2026", and the
// proceeding suffix, e.g. "-{proc:4}" → "123.30-11/2026-0042".
//
// Placeholders: {plan}, {unit}, {seq}, {year}, and in the suffix {proc}. A width like {seq:4}
// pads with zeros. Everything else in the pattern is literal text.
class FileReferencePattern
{
public:
    static constexpr auto DefaultPattern = "{plan}-{seq}/{year}";
    static constexpr auto DefaultProceedingSuffix = "-{proc:4}";

    FileReferencePattern();  // the defaults above

    // Checks the pattern: {plan}, {seq} and {year} must each occur exactly once, {unit} at most
    // once, only known placeholders, and the suffix must contain {proc} exactly once. Widths (1..9)
    // only on {seq} and {proc}; two placeholders must not touch, or parsing could not split them.
    static Result<FileReferencePattern> create(const QString &pattern, const QString &proceedingSuffix);

    QString pattern() const { return m_pattern; }
    QString proceedingSuffix() const { return m_suffix; }

    QString format(const FileReference &reference) const;
    // Parses a case-file or proceeding reference; the error message says what does not fit.
    Result<FileReference> parse(const QString &text) const;

private:
    // One piece of a pattern: literal text or a placeholder with an optional zero-padding width.
    struct Token
    {
        enum class Kind
        {
            Literal,
            Plan,
            Unit,
            Sequence,
            Year,
            Proceeding
        };
        Kind kind = Kind::Literal;
        QString text;  // the literal text, or the placeholder as written, e.g. "{seq:4}"
        int width = 0;
    };

    FileReferencePattern(QString pattern, QString suffix, std::vector<Token> tokens, std::vector<Token> suffixTokens);

    static Result<std::vector<Token>> tokenize(const QString &text, bool isSuffix);
    static QString tokenRegex(const Token &token);
    Error mismatch(const QString &text) const;

    QString m_pattern;
    QString m_suffix;
    std::vector<Token> m_tokens;
    std::vector<Token> m_suffixTokens;
    QRegularExpression m_regex;  // compiled once; anchored, suffix optional
};

// A file-plan code: digits or letters in dot-separated groups, e.g. "123.30" or "1.2.A".
bool isValidPlanCode(const QString &code);

}  // namespace aw::core
