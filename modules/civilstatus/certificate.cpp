// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/certificate.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPen>
#include <QStringList>
#include <QTextLayout>
#include <QTextOption>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

using aw::core::Result;

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::Certificate)
};

// ---- wording ----

// A certificate is an official German document whatever language the user interface speaks: its
// wording is constants here, not tr() texts. The international certificate adds English and French.
const QString kDateFormat = QStringLiteral("dd.MM.yyyy");
const QString kMissing = QStringLiteral("\u2014");
const QString kPageOf = QStringLiteral("Seite %1 von %2");
const QString kAttestation = QStringLiteral("Die Übereinstimmung mit dem Registereintrag wird beglaubigt.");
const QString kSpecimen = QStringLiteral("MUSTER");

// The German title as printed (also the start of the file name). Kept here rather than taken from
// fees.cpp so the certificate does not depend on the fee schedule's wording.
// The title for metadata and file names: the schedule's name, without "(mehrsprachig)".
QString germanTitle(CertificateType type)
{
    return type == CertificateType::International ? QStringLiteral("Internationale Urkunde")
                                                  : certificateTypeName(type);
}

QString printedTitle(CertificateType type)
{
    if (type == CertificateType::International)
        return QStringLiteral("Internationale Urkunde / International certificate / Certificat international");
    return germanTitle(type);
}

// The international certificate's second title line: what it is an extract of.
QString internationalSubtitle(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Birth:
        return QStringLiteral("Auszug aus dem Geburtenregister / Extract from the register of births / "
                              "Extrait du registre des naissances");
    case RegisterKind::Marriage:
        return QStringLiteral("Auszug aus dem Eheregister / Extract from the register of marriages / "
                              "Extrait du registre des mariages");
    case RegisterKind::Partnership:
        return QStringLiteral("Auszug aus dem Lebenspartnerschaftsregister / Extract from the register of civil "
                              "partnerships / Extrait du registre des partenariats enregistrés");
    case RegisterKind::Death:
        return QStringLiteral("Auszug aus dem Sterberegister / Extract from the register of deaths / "
                              "Extrait du registre des décès");
    }
    return {};
}

enum class Term
{
    FamilyName,
    BirthName,
    FirstNames,
    Sex,
    BirthDate,
    BirthPlace,
    DeathDate,
    DeathPlace,
    Child,
    Deceased,
    Person,
    Parents,
    Spouse,   // "%1": the number
    Partner,  // "%1": the number
    MarriageDate,
    MarriagePlace,
    PartnershipDate,
    PartnershipPlace,
    Office,
    OfficeNumber,
    LaterEntries,
    NoLaterEntries,
    Registrar,
};

struct Wording
{
    QString de, en, fr;
};

Wording wording(Term term)
{
    switch (term) {
    case Term::FamilyName:
        return {QStringLiteral("Familienname"), QStringLiteral("Surname"), QStringLiteral("Nom")};
    case Term::BirthName:
        return {QStringLiteral("Geburtsname"), QStringLiteral("Name at birth"), QStringLiteral("Nom de naissance")};
    case Term::FirstNames:
        return {QStringLiteral("Vornamen"), QStringLiteral("Forenames"), QStringLiteral("Prénoms")};
    case Term::Sex:
        return {QStringLiteral("Geschlecht"), QStringLiteral("Sex"), QStringLiteral("Sexe")};
    case Term::BirthDate:
        return {QStringLiteral("Geburtstag"), QStringLiteral("Date of birth"), QStringLiteral("Date de naissance")};
    case Term::BirthPlace:
        return {QStringLiteral("Geburtsort"), QStringLiteral("Place of birth"), QStringLiteral("Lieu de naissance")};
    case Term::DeathDate:
        return {QStringLiteral("Sterbetag"), QStringLiteral("Date of death"), QStringLiteral("Date du décès")};
    case Term::DeathPlace:
        return {QStringLiteral("Sterbeort"), QStringLiteral("Place of death"), QStringLiteral("Lieu du décès")};
    case Term::Child:
        return {QStringLiteral("Kind"), QStringLiteral("Child"), QStringLiteral("Enfant")};
    case Term::Deceased:
        return {QStringLiteral("Verstorbene Person"), QStringLiteral("Deceased"), QStringLiteral("Personne décédée")};
    case Term::Person:
        return {QStringLiteral("Weitere Person"), QStringLiteral("Other person"), QStringLiteral("Autre personne")};
    case Term::Parents:
        return {QStringLiteral("Eltern"), QStringLiteral("Parents"), QStringLiteral("Parents")};
    case Term::Spouse:
        return {QStringLiteral("Ehegatte %1"), QStringLiteral("Spouse %1"), QStringLiteral("Conjoint %1")};
    case Term::Partner:
        return {QStringLiteral("Lebenspartner %1"), QStringLiteral("Partner %1"), QStringLiteral("Partenaire %1")};
    case Term::MarriageDate:
        return {QStringLiteral("Tag der Eheschließung"), QStringLiteral("Date of marriage"),
                QStringLiteral("Date du mariage")};
    case Term::MarriagePlace:
        return {QStringLiteral("Ort der Eheschließung"), QStringLiteral("Place of marriage"),
                QStringLiteral("Lieu du mariage")};
    case Term::PartnershipDate:
        return {QStringLiteral("Tag der Begründung der Lebenspartnerschaft"),
                QStringLiteral("Date of registration of the partnership"),
                QStringLiteral("Date d'enregistrement du partenariat")};
    case Term::PartnershipPlace:
        return {QStringLiteral("Ort der Begründung der Lebenspartnerschaft"),
                QStringLiteral("Place of registration of the partnership"),
                QStringLiteral("Lieu d'enregistrement du partenariat")};
    case Term::Office:
        return {QStringLiteral("Standesamt"), QStringLiteral("Registry office"),
                QStringLiteral("Office de l'état civil")};
    case Term::OfficeNumber:
        return {QStringLiteral("Standesamtsnummer"), QStringLiteral("Registry office number"),
                QStringLiteral("Numéro de l'office")};
    case Term::LaterEntries:
        return {QStringLiteral("Folgebeurkundungen"), QStringLiteral("Subsequent entries"),
                QStringLiteral("Mentions ultérieures")};
    case Term::NoLaterEntries:
        return {QStringLiteral("keine"), QStringLiteral("none"), QStringLiteral("aucune")};
    case Term::Registrar:
        return {QStringLiteral("Der Standesbeamte / Die Standesbeamtin"), QStringLiteral("Registrar"),
                QStringLiteral("L'officier de l'état civil")};
    }
    return {};
}

QString said(Term term, bool international)
{
    const Wording words = wording(term);
    if (!international)
        return words.de;
    return words.de % QStringLiteral(" / ") % words.en % QStringLiteral(" / ") % words.fr;
}

// The sex as recorded, with English and French on the international certificate.
QString sexValue(const QString &sex, bool international)
{
    const QString recorded = sex.trimmed();
    if (!international)
        return recorded;
    const QString key = recorded.toLower();
    if (key == QStringLiteral("weiblich"))
        return QStringLiteral("weiblich / female / féminin");
    if (key == QStringLiteral("männlich"))
        return QStringLiteral("männlich / male / masculin");
    if (key == QStringLiteral("divers"))
        return QStringLiteral("divers / diverse / divers");
    if (key == QStringLiteral("ohne angabe"))
        return QStringLiteral("ohne Angabe / not stated / non indiqué");
    return recorded;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(kDateFormat) : QString();
}

// ---- content: what the certificate says, as rows ----

struct Row
{
    enum class Kind
    {
        Heading,  // a section title: "Eltern", "Ehegatte 1", "Folgebeurkundungen"
        Field,    // label and value
        Note,     // a line of text across the value column
        Gap,      // some space between groups of rows
    };
    Kind kind = Kind::Field;
    QString label;
    QString value;
    int block = 0;  // rows of one block (a person, the event) stay on one page if they can
};

class Rows
{
public:
    explicit Rows(bool international)
        : m_international(international)
    {}

    void heading(const QString &title) { add(Row::Kind::Heading, title, {}); }
    void heading(Term term) { heading(said(term, m_international)); }
    void gap() { add(Row::Kind::Gap, {}, {}); }
    void note(const QString &text) { add(Row::Kind::Note, {}, text); }
    void raw(const QString &label, const QString &value) { add(Row::Kind::Field, label, value); }
    // A field the certificate always shows: a dash stands for what the register does not know.
    void field(Term term, const QString &value)
    {
        raw(said(term, m_international), value.trimmed().isEmpty() ? kMissing : value.trimmed());
    }
    // A field shown only when the register has something for it.
    void optional(Term term, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            field(term, value);
    }

    // Rows added between these belong to one block; nested blocks are part of the outer one.
    void beginBlock()
    {
        if (m_depth++ == 0)
            m_block = ++m_lastBlock;
    }
    void endBlock()
    {
        if (--m_depth == 0)
            m_block = 0;
    }

    bool international() const { return m_international; }
    const QList<Row> &rows() const { return m_rows; }

private:
    void add(Row::Kind kind, const QString &label, const QString &value)
    {
        m_rows.append({kind, label, value, m_block});
    }

    bool m_international;
    QList<Row> m_rows;
    int m_depth = 0;
    int m_block = 0;
    int m_lastBlock = 0;
};

class KeepTogether
{
public:
    explicit KeepTogether(Rows &rows)
        : m_rows(rows)
    {
        m_rows.beginBlock();
    }
    ~KeepTogether() { m_rows.endBlock(); }
    KeepTogether(const KeepTogether &) = delete;
    KeepTogether &operator=(const KeepTogether &) = delete;

private:
    Rows &m_rows;
};

// The birth name when it differs from the family name, else nothing.
QString differentBirthName(const RegisterPerson &person)
{
    const QString birthName = person.birthName.trimmed();
    return birthName == person.lastName.trimmed() ? QString() : birthName;
}

// Everything the register holds about a person (register printout).
void allAbout(Rows &rows, const RegisterPerson &person)
{
    const KeepTogether together(rows);
    rows.field(Term::FamilyName, person.lastName);
    rows.optional(Term::BirthName, differentBirthName(person));
    rows.field(Term::FirstNames, person.firstNames);
    rows.optional(Term::Sex, sexValue(person.sex, rows.international()));
    rows.optional(Term::BirthDate, dateText(person.birthDate));
    rows.optional(Term::BirthPlace, person.birthPlace);
    rows.optional(Term::DeathDate, dateText(person.deathDate));
}

void parentRows(Rows &rows, const QList<RegisterPerson> &parents, bool everything)
{
    if (parents.isEmpty())
        return;
    rows.heading(Term::Parents);
    for (qsizetype i = 0; i < parents.size(); ++i) {
        if (i > 0)
            rows.gap();
        const RegisterPerson &parent = parents.at(i);
        const KeepTogether together(rows);
        if (everything) {
            allAbout(rows, parent);
        } else {
            rows.field(Term::FamilyName, parent.lastName);
            rows.optional(Term::BirthName, differentBirthName(parent));
            rows.field(Term::FirstNames, parent.firstNames);
        }
    }
}

void birthRows(Rows &rows, const RegisterEntry &entry, bool withParents, bool everything)
{
    const RegisterPerson &child = *entry.principal();
    if (everything)
        rows.heading(Term::Child);
    {
        const KeepTogether together(rows);
        rows.field(Term::FamilyName, child.lastName);
        rows.optional(Term::BirthName, differentBirthName(child));
        rows.field(Term::FirstNames, child.firstNames);
        rows.optional(Term::Sex, sexValue(child.sex, rows.international()));
        rows.field(Term::BirthDate, dateText(entry.eventDate.isValid() ? entry.eventDate : child.birthDate));
        rows.field(Term::BirthPlace, entry.eventPlace.trimmed().isEmpty() ? child.birthPlace : entry.eventPlace);
        if (everything)
            rows.optional(Term::DeathDate, dateText(child.deathDate));
    }
    if (withParents)
        parentRows(rows, entry.personsIn(PersonRole::Parent), everything);
}

void unionRows(Rows &rows, const RegisterEntry &entry, bool everything)
{
    const bool marriage = entry.number.kind == RegisterKind::Marriage;
    const QList<RegisterPerson> spouses = entry.personsIn(PersonRole::Spouse);
    for (qsizetype i = 0; i < spouses.size(); ++i) {
        const RegisterPerson &spouse = spouses.at(i);
        rows.heading(said(marriage ? Term::Spouse : Term::Partner, rows.international()).arg(i + 1));
        const KeepTogether together(rows);
        rows.field(Term::FamilyName, spouse.lastName);
        // On a marriage or partnership certificate the birth name is always shown: the name before.
        rows.field(Term::BirthName, spouse.birthName.trimmed().isEmpty() ? spouse.lastName : spouse.birthName);
        rows.field(Term::FirstNames, spouse.firstNames);
        if (everything)
            rows.optional(Term::Sex, sexValue(spouse.sex, rows.international()));
        rows.field(Term::BirthDate, dateText(spouse.birthDate));
        rows.field(Term::BirthPlace, spouse.birthPlace);
        if (everything)
            rows.optional(Term::DeathDate, dateText(spouse.deathDate));
    }
    rows.gap();
    rows.gap();
    {
        const KeepTogether together(rows);
        rows.field(marriage ? Term::MarriageDate : Term::PartnershipDate, dateText(entry.eventDate));
        rows.field(marriage ? Term::MarriagePlace : Term::PartnershipPlace, entry.eventPlace);
    }
    if (everything)
        parentRows(rows, entry.personsIn(PersonRole::Parent), true);
}

void deathRows(Rows &rows, const RegisterEntry &entry, bool everything)
{
    const RegisterPerson &deceased = *entry.principal();
    if (everything)
        rows.heading(Term::Deceased);
    {
        const KeepTogether together(rows);
        rows.field(Term::FamilyName, deceased.lastName);
        rows.optional(Term::BirthName, differentBirthName(deceased));
        rows.field(Term::FirstNames, deceased.firstNames);
        if (everything)
            rows.optional(Term::Sex, sexValue(deceased.sex, rows.international()));
        rows.field(Term::BirthDate, dateText(deceased.birthDate));
        rows.field(Term::BirthPlace, deceased.birthPlace);
    }
    rows.gap();
    rows.gap();
    {
        const KeepTogether together(rows);
        rows.field(Term::DeathDate, dateText(entry.eventDate.isValid() ? entry.eventDate : deceased.deathDate));
        rows.field(Term::DeathPlace, entry.eventPlace);
    }
    if (everything) {
        const QList<RegisterPerson> spouses = entry.personsIn(PersonRole::Spouse);
        for (qsizetype i = 0; i < spouses.size(); ++i) {
            rows.heading(said(Term::Spouse, rows.international()).arg(i + 1));
            allAbout(rows, spouses.at(i));
        }
        parentRows(rows, entry.personsIn(PersonRole::Parent), true);
    }
}

// The register printout shows every person of the entry: those the certificate of its kind does
// not mention come last (a death entry shows the spouses already, see deathRows).
void otherPersonRows(Rows &rows, const RegisterEntry &entry)
{
    PersonRole other = PersonRole::Spouse;
    switch (entry.number.kind) {
    case RegisterKind::Birth:
        other = PersonRole::Spouse;
        break;
    case RegisterKind::Marriage:
    case RegisterKind::Partnership:
        other = PersonRole::Principal;
        break;
    case RegisterKind::Death:
        return;
    }
    for (const RegisterPerson &person : entry.personsIn(other)) {
        rows.heading(Term::Person);
        allAbout(rows, person);
    }
}

Rows contentRows(const CertificateContent &content)
{
    const bool international = content.type == CertificateType::International;
    const bool everything = content.type == CertificateType::RegisterPrintout;
    Rows rows(international);
    const RegisterEntry &entry = content.entry;

    if (everything) {
        const KeepTogether together(rows);
        rows.field(Term::Office, entry.officeName.trimmed().isEmpty() ? content.issuingOffice : entry.officeName);
        rows.optional(Term::OfficeNumber, entry.officeNumber);
        rows.gap();
    }
    switch (entry.number.kind) {
    case RegisterKind::Birth:
        birthRows(rows, entry, everything || !content.withoutParents, everything);
        break;
    case RegisterKind::Marriage:
    case RegisterKind::Partnership:
        unionRows(rows, entry, everything);
        break;
    case RegisterKind::Death:
        deathRows(rows, entry, everything);
        break;
    }
    if (everything) {
        otherPersonRows(rows, entry);
        // The blocking notes are not printed: that an entry is blocked is itself confidential.
        rows.heading(Term::LaterEntries);
        if (entry.laterEntries.isEmpty())
            rows.note(said(Term::NoLaterEntries, false));
        for (const LaterEntry &later : entry.laterEntries)
            rows.raw(later.date.isValid() ? dateText(later.date) : kMissing,
                     later.text.trimmed().isEmpty() ? kMissing : later.text.trimmed());
    }
    return rows;
}

// "Geburtenregister Nr. G 334/2020", with the keeping office when another office issues it.
QString referenceLine(const CertificateContent &content)
{
    const RegisterEntry &entry = content.entry;
    QString line = registerName(entry.number.kind) % QStringLiteral(" Nr. ") % entry.number.toString();
    const QString keeper = entry.officeName.trimmed();
    if (!keeper.isEmpty() && keeper != content.issuingOffice.trimmed())
        line = keeper % QStringLiteral(", ") % line;
    return line;
}

// ---- layout ----

// In millimetres from the top left corner of an A4 page.
constexpr double kResolution = 300;
constexpr double kLeft = 25.0;
constexpr double kRight = 185.0;
constexpr double kFirstTop = 20.0;
constexpr double kNextTop = 28.0;
constexpr double kBottom = 270.0;
constexpr double kRunningHeadTop = 13.0;
constexpr double kFooterTop = 279.0;
constexpr double kLabelWidth = 55.0;
constexpr double kInternationalLabelWidth = 72.0;
constexpr double kColumnGap = 5.0;

const QString kFontFamily = QStringLiteral("DejaVu Sans");

QFont certificateFont(double points, bool bold = false)
{
    QFont font(kFontFamily);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: "fi" or "ff" drawn as one glyph are extracted as U+FB01 … and not found by a
    // search for "Certificat" or "öffentlich". Latin script needs no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Text for one QTextLayout: line breaks become line separators, other control characters spaces.
QString layoutText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const QString normalised = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QChar c : normalised) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            result += QChar(QChar::LineSeparator);
        else if (c.category() == QChar::Other_Control)
            result += QLatin1Char(' ');
        else
            result += c;
    }
    return result;
}

// One horizontal slice of the page content: a line of text (or a label line beside a value line),
// a rule or some empty room. Pages break only between bands; bands of one group stay together on
// a page when they fit on one.
struct Band
{
    double height = 0;
    double spaceBefore = 0;  // dropped at the top of a page
    int group = 0;
    std::function<void(QPainter &, double top)> draw;
};

class Flow
{
public:
    Flow(QPaintDevice *device, double dotsPerMm)
        : m_device(device)
        , m_dotsPerMm(dotsPerMm)
    {}

    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    int newGroup() { return ++m_lastGroup; }
    std::vector<Band> &bands() { return m_bands; }

    // Lays out `text` in lines of `width` device pixels; the layout lives as long as the flow.
    const QTextLayout *layout(const QString &text, const QFont &font, double width,
                              Qt::Alignment alignment = Qt::AlignLeft)
    {
        auto layout = std::make_unique<QTextLayout>(layoutText(text), font, m_device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        double y = 0;
        while (true) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        m_layouts.push_back(std::move(layout));
        return m_layouts.back().get();
    }

    // A paragraph at `left` (mm), `width` (mm) wide, one band per line.
    void paragraph(const QString &text, const QFont &font, const QColor &color, double left, double width,
                   double spaceBefore, int group, Qt::Alignment alignment = Qt::AlignLeft)
    {
        const QTextLayout *laidOut = layout(text, font, mm(width), alignment);
        const double x = mm(left);
        for (int i = 0; i < laidOut->lineCount(); ++i) {
            const QTextLine line = laidOut->lineAt(i);
            m_bands.push_back({line.height(), i == 0 ? mm(spaceBefore) : 0, group,
                               [laidOut, i, x, color](QPainter &painter, double top) {
                                   const QTextLine line = laidOut->lineAt(i);
                                   painter.setPen(color);
                                   line.draw(&painter, QPointF(x, top - line.y()));
                               }});
        }
    }

    // A label beside its value, line by line, both on one baseline.
    void field(const QString &label, const QString &value, const QFont &labelFont, const QFont &valueFont,
               double labelWidth, double spaceBefore, int group)
    {
        const QTextLayout *labels = layout(label, labelFont, mm(labelWidth));
        const double valueLeft = mm(kLeft + labelWidth + kColumnGap);
        const QTextLayout *values = layout(value, valueFont, mm(kRight) - valueLeft);
        const double labelLeft = mm(kLeft);
        const int lines = std::max(labels->lineCount(), values->lineCount());
        for (int i = 0; i < lines; ++i) {
            double ascent = 0;
            double descent = 0;
            for (const QTextLayout *laidOut : {labels, values}) {
                if (i < laidOut->lineCount()) {
                    ascent = std::max(ascent, laidOut->lineAt(i).ascent());
                    descent = std::max(descent, laidOut->lineAt(i).height() - laidOut->lineAt(i).ascent());
                }
            }
            m_bands.push_back(
                {ascent + descent, i == 0 ? mm(spaceBefore) : 0, group, [=](QPainter &painter, double top) {
                     const double baseline = top + ascent;
                     if (i < labels->lineCount()) {
                         const QTextLine line = labels->lineAt(i);
                         painter.setPen(QColor(0x44, 0x44, 0x44));
                         line.draw(&painter, QPointF(labelLeft, baseline - line.ascent() - line.y()));
                     }
                     if (i < values->lineCount()) {
                         const QTextLine line = values->lineAt(i);
                         painter.setPen(Qt::black);
                         line.draw(&painter, QPointF(valueLeft, baseline - line.ascent() - line.y()));
                     }
                 }});
        }
    }

    // A thin line across the text width.
    void rule(double spaceBefore, int group, const QColor &color = QColor(0x88, 0x88, 0x88))
    {
        const double left = mm(kLeft);
        const double right = mm(kRight);
        const double thickness = mm(0.25);
        m_bands.push_back({mm(1.0), mm(spaceBefore), group, [=](QPainter &painter, double top) {
                               painter.save();
                               painter.setPen(QPen(color, thickness));
                               painter.drawLine(QPointF(left, top), QPointF(right, top));
                               painter.restore();
                           }});
    }

    void space(double height, int group, std::function<void(QPainter &, double top)> draw = {})
    {
        m_bands.push_back({mm(height), 0, group, draw ? std::move(draw) : [](QPainter &, double) {}});
    }

private:
    QPaintDevice *m_device;
    double m_dotsPerMm;
    int m_lastGroup = 0;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    std::vector<Band> m_bands;
};

struct Placement
{
    size_t band = 0;
    int page = 0;
    double top = 0;
};

// Puts the bands on pages: a group moves to the next page whole when it fits there, else it is
// broken between its bands.
std::vector<Placement> paginate(const std::vector<Band> &bands, double firstTop, double nextTop, double bottom)
{
    std::vector<Placement> placed;
    int page = 0;
    double y = firstTop;
    bool pageEmpty = true;
    auto newPage = [&] {
        ++page;
        y = nextTop;
        pageEmpty = true;
    };
    size_t i = 0;
    while (i < bands.size()) {
        size_t end = i;
        double height = 0;  // of the group, without the space before its first band
        while (end < bands.size() && bands[end].group == bands[i].group) {
            height += (end == i ? 0 : bands[end].spaceBefore) + bands[end].height;
            ++end;
        }
        if (!pageEmpty && y + bands[i].spaceBefore + height > bottom && height <= bottom - nextTop)
            newPage();
        for (size_t k = i; k < end; ++k) {
            double space = pageEmpty ? 0 : bands[k].spaceBefore;
            if (!pageEmpty && y + space + bands[k].height > bottom) {
                newPage();
                space = 0;
            }
            placed.push_back({k, page, y + space});
            y += space + bands[k].height;
            pageEmpty = false;
        }
        i = end;
    }
    return placed;
}

// "MUSTER" across the page, light grey and diagonal, under the text; opaque grey, as PDF/A-1
// allows no transparency. The diagonal word is drawn as outlines: as text, Poppler and other
// extractors would cut it into single letters strewn between the lines of the certificate. The
// word is also set as text in the top right corner, so that search and text extraction find it.
void drawSpecimenMark(QPainter &painter, const QSizeF &page, double dotsPerMm)
{
    QFont font = certificateFont(12, true);
    font.setPixelSize(qRound(40 * dotsPerMm));
    QPainterPath outline;
    outline.addText(QPointF(0, 0), font, kSpecimen);
    const QRectF bounds = outline.boundingRect();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(page.width() / 2, page.height() / 2);
    painter.rotate(-qRadiansToDegrees(std::atan2(page.height(), page.width())));
    const double scale = 230 * dotsPerMm / std::max(bounds.width(), 1.0);  // along the diagonal, inside
    painter.scale(scale, scale);
    painter.translate(-bounds.center());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd8, 0xd8, 0xd8));
    painter.drawPath(outline);
    painter.restore();

    painter.save();
    const QFont stamp = certificateFont(12, true);
    painter.setFont(stamp);
    painter.setPen(QColor(0x99, 0x99, 0x99));
    const QFontMetricsF metrics(stamp, painter.device());
    painter.drawText(QPointF(kRight * dotsPerMm - metrics.horizontalAdvance(kSpecimen), 10 * dotsPerMm), kSpecimen);
    painter.restore();
}

// ---- checks ----

Result<void> checkPersons(const RegisterEntry &entry)
{
    const QString number = entry.number.toString();
    switch (entry.number.kind) {
    case RegisterKind::Birth:
        if (!entry.principal())
            return core::invalid(
                Text::tr("The entry %1 names no child: a certificate needs the person it is about.").arg(number));
        break;
    case RegisterKind::Death:
        if (!entry.principal())
            return core::invalid(Text::tr("The entry %1 names no deceased person: a certificate needs the person "
                                          "it is about.")
                                     .arg(number));
        break;
    case RegisterKind::Marriage:
        if (entry.personsIn(PersonRole::Spouse).size() < 2)
            return core::invalid(
                Text::tr("The entry %1 does not name both spouses: a certificate needs both.").arg(number));
        break;
    case RegisterKind::Partnership:
        if (entry.personsIn(PersonRole::Spouse).size() < 2)
            return core::invalid(
                Text::tr("The entry %1 does not name both partners: a certificate needs both.").arg(number));
        break;
    }
    return {};
}

Result<void> checkContent(const CertificateContent &content)
{
    if (const Result<void> fits = checkCertificateFits(content.type, content.entry.number.kind); !fits)
        return fits;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return core::invalid(Text::tr("Certificates can only be made in a graphical application (fonts are needed)."));
    if (content.issuingOffice.trimmed().isEmpty())
        return core::invalid(Text::tr("The certificate has no issuing office."));
    if (!content.issuedOn.isValid())
        return core::invalid(Text::tr("The certificate has no valid date of issue."));
    if (content.entry.number.entry < 1 || content.entry.number.year < 1)
        return core::invalid(Text::tr("The register entry has no register number."));
    return checkPersons(content.entry);
}

// ---- file names ----

QString asciiName(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00e4:  // ä
            result += QStringLiteral("ae");
            continue;
        case 0x00f6:  // ö
            result += QStringLiteral("oe");
            continue;
        case 0x00fc:  // ü
            result += QStringLiteral("ue");
            continue;
        case 0x00c4:  // Ä
            result += QStringLiteral("Ae");
            continue;
        case 0x00d6:  // Ö
            result += QStringLiteral("Oe");
            continue;
        case 0x00dc:  // Ü
            result += QStringLiteral("Ue");
            continue;
        case 0x00df:  // ß
            result += QStringLiteral("ss");
            continue;
        case 0x1e9e:  // ẞ
            result += QStringLiteral("SS");
            continue;
        default:
            break;
        }
        // Other accented letters lose their accents: é → e.
        for (const QChar part : QString(c).normalized(QString::NormalizationForm_KD)) {
            const char16_t u = part.unicode();
            const bool safe = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                              u == u'-' || u == u'.';
            if (safe)
                result += part;
            else if (part.category() != QChar::Mark_NonSpacing)
                result += QLatin1Char('_');
        }
    }
    // One underscore between parts, none at the ends.
    QString tidy;
    for (const QChar c : result) {
        if (c == QLatin1Char('_') && (tidy.isEmpty() || tidy.back() == QLatin1Char('_')))
            continue;
        tidy += c;
    }
    while (tidy.endsWith(QLatin1Char('_')))
        tidy.chop(1);
    return tidy;
}

}  // namespace

Result<void> checkCertificateFits(CertificateType type, RegisterKind kind)
{
    const QString from = registerName(kind);
    switch (type) {
    case CertificateType::RegisterPrintout:
    case CertificateType::International:
        return {};
    case CertificateType::Birth:
        if (kind == RegisterKind::Birth)
            return {};
        return core::refused(Text::tr("A birth certificate cannot be made from an entry of the %1: it needs an "
                                      "entry of the %2.")
                                 .arg(from, registerName(RegisterKind::Birth)));
    case CertificateType::Marriage:
        if (kind == RegisterKind::Marriage)
            return {};
        return core::refused(Text::tr("A marriage certificate cannot be made from an entry of the %1: it needs an "
                                      "entry of the %2.")
                                 .arg(from, registerName(RegisterKind::Marriage)));
    case CertificateType::Partnership:
        if (kind == RegisterKind::Partnership)
            return {};
        return core::refused(Text::tr("A civil partnership certificate cannot be made from an entry of the %1: it "
                                      "needs an entry of the %2.")
                                 .arg(from, registerName(RegisterKind::Partnership)));
    case CertificateType::Death:
        if (kind == RegisterKind::Death)
            return {};
        return core::refused(Text::tr("A death certificate cannot be made from an entry of the %1: it needs an "
                                      "entry of the %2.")
                                 .arg(from, registerName(RegisterKind::Death)));
    }
    return core::refused(Text::tr("Unknown kind of certificate."));
}

Result<QByteArray> renderCertificate(const CertificateContent &content)
{
    if (const Result<void> checked = checkContent(content); !checked)
        return checked.error();

    const bool international = content.type == CertificateType::International;
    const bool printout = content.type == CertificateType::RegisterPrintout;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return core::ioError(Text::tr("The certificate cannot be written: no buffer."));

    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(int(kResolution));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(germanTitle(content.type) % QLatin1Char(' ') % content.entry.number.toString());
    writer.setCreator(QStringLiteral("Aktenwerk"));

    const double dotsPerMm = writer.resolution() / 25.4;
    Flow flow(&writer, dotsPerMm);
    const double width = kRight - kLeft;
    const QColor black(Qt::black);
    const QColor grey(0x55, 0x55, 0x55);

    // Head: office, register reference, title.
    const int head = flow.newGroup();
    flow.paragraph(content.issuingOffice.trimmed(), certificateFont(13, true), black, kLeft, width, 0, head);
    flow.paragraph(referenceLine(content), certificateFont(10), grey, kLeft, width, 1.5, head);
    flow.paragraph(printedTitle(content.type), certificateFont(international ? 17 : 22, true), black, kLeft, width, 11,
                   head, Qt::AlignHCenter);
    if (international)
        flow.paragraph(internationalSubtitle(content.entry.number.kind), certificateFont(9), grey, kLeft, width, 2,
                       head, Qt::AlignHCenter);
    flow.rule(7, head);

    // Body: label and value rows.
    const double labelWidth = international ? kInternationalLabelWidth : kLabelWidth;
    const QFont labelFont = certificateFont(international ? 8 : 9);
    const QFont valueFont = certificateFont(11);
    const QFont headingFont = certificateFont(11, true);
    const Rows rows = contentRows(content);
    int pendingGroup = 0;  // a heading stays with the row after it
    int lastRowGroup = 0;
    int lastBlock = 0;
    double extraSpace = 4;
    for (const Row &row : rows.rows()) {
        switch (row.kind) {
        case Row::Kind::Gap:
            extraSpace += 2.5;
            break;
        case Row::Kind::Heading: {
            pendingGroup = flow.newGroup();
            flow.paragraph(row.label, headingFont, black, kLeft, width, 6 + extraSpace, pendingGroup);
            flow.rule(1, pendingGroup, QColor(0xbb, 0xbb, 0xbb));
            extraSpace = 0;
            break;
        }
        case Row::Kind::Note:
        case Row::Kind::Field: {
            int group = pendingGroup;
            if (!group)
                group = row.block != 0 && row.block == lastBlock ? lastRowGroup : flow.newGroup();
            pendingGroup = 0;
            lastRowGroup = group;
            lastBlock = row.block;
            if (row.kind == Row::Kind::Note)
                flow.paragraph(row.value, valueFont, black, kLeft + labelWidth + kColumnGap,
                               width - labelWidth - kColumnGap, 1.8 + extraSpace, group);
            else
                flow.field(row.label, row.value, labelFont, valueFont, labelWidth, 1.8 + extraSpace, group);
            extraSpace = 0;
            break;
        }
        }
    }

    // Foot: attestation, place and date, signature, registrar and office; kept together, and with
    // the last row, so that the signature never stands alone on a page.
    const int foot = lastRowGroup ? lastRowGroup : flow.newGroup();
    double space = 16;
    if (printout) {
        flow.paragraph(kAttestation, certificateFont(10), black, kLeft, width, space, foot);
        space = 5;
    }
    const QString issued =
        content.issuingPlace.trimmed().isEmpty()
            ? dateText(content.issuedOn)
            : QString(content.issuingPlace.trimmed() % QStringLiteral(", den ") % dateText(content.issuedOn));
    flow.paragraph(issued, certificateFont(10.5), black, kLeft, width, space, foot);
    flow.space(20, foot);  // room for the signature and the seal
    const double signatureLeft = flow.mm(kLeft);
    const double signatureRight = flow.mm(kLeft + 75);
    const double thickness = flow.mm(0.25);
    flow.space(1.5, foot, [=](QPainter &painter, double top) {
        painter.save();
        painter.setPen(QPen(Qt::black, thickness));
        painter.drawLine(QPointF(signatureLeft, top), QPointF(signatureRight, top));
        painter.restore();
    });
    if (!content.registrar.trimmed().isEmpty())
        flow.paragraph(content.registrar.trimmed(), certificateFont(10.5), black, kLeft, width, 0, foot);
    flow.paragraph(said(Term::Registrar, international), certificateFont(8.5), grey, kLeft, width, 0.5, foot);
    flow.paragraph(content.issuingOffice.trimmed(), certificateFont(8.5), grey, kLeft, width, 0.5, foot);

    const std::vector<Placement> placements =
        paginate(flow.bands(), flow.mm(kFirstTop), flow.mm(kNextTop), flow.mm(kBottom));
    const int pages = placements.empty() ? 1 : placements.back().page + 1;

    // The running head of further pages, on one line.
    const QFont smallFont = certificateFont(8);
    const QFontMetricsF smallMetrics(smallFont, &writer);
    const QString runningHead =
        smallMetrics.elidedText(content.issuingOffice.trimmed() % QStringLiteral(" \u00b7 ") % referenceLine(content) %
                                    QStringLiteral(" \u00b7 ") % germanTitle(content.type),
                                Qt::ElideRight, flow.mm(width));
    const QSizeF pageSize(flow.mm(210), flow.mm(297));

    QPainter painter;
    if (!painter.begin(&writer))
        return core::ioError(Text::tr("The certificate cannot be written: the PDF could not be started."));
    size_t next = 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return core::ioError(Text::tr("The certificate cannot be written: no new page."));
        }
        if (content.specimen)
            drawSpecimenMark(painter, pageSize, dotsPerMm);
        if (page > 0) {
            painter.setFont(smallFont);
            painter.setPen(grey);
            painter.drawText(QPointF(flow.mm(kLeft), flow.mm(kRunningHeadTop) + smallMetrics.ascent()), runningHead);
            painter.save();
            painter.setPen(QPen(QColor(0x88, 0x88, 0x88), flow.mm(0.25)));
            painter.drawLine(QPointF(flow.mm(kLeft), flow.mm(kRunningHeadTop + 5)),
                             QPointF(flow.mm(kRight), flow.mm(kRunningHeadTop + 5)));
            painter.restore();
        }
        for (; next < placements.size() && placements[next].page == page; ++next)
            flow.bands()[placements[next].band].draw(painter, placements[next].top);
        if (pages > 1) {
            const QString number = kPageOf.arg(page + 1).arg(pages);
            painter.setFont(smallFont);
            painter.setPen(grey);
            painter.drawText(QPointF(flow.mm(kRight) - smallMetrics.horizontalAdvance(number),
                                     flow.mm(kFooterTop) + smallMetrics.ascent()),
                             number);
        }
    }
    if (!painter.end())
        return core::ioError(Text::tr("The certificate cannot be written: the PDF could not be finished."));
    buffer.close();
    return bytes;
}

QString certificateFileName(const CertificateContent &content)
{
    return asciiName(germanTitle(content.type) % QLatin1Char('_') % content.entry.number.toString()) %
           QStringLiteral(".pdf");
}

}  // namespace aw::civilstatus
