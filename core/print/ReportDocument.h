// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <variant>

namespace Kindred {

// What a printed report says, independent of paper: a header (centre, logo, title, period) and a
// flow of blocks. ReportRenderer lays it out on A4 or US Letter with page numbers, repeated table
// headers and wrapped (never clipped) cells.
class ReportDocument
{
public:
    struct Column
    {
        QString title;
        qreal stretch = 1.0; // share of the page width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Heading
    {
        QString text;
    };
    struct Paragraph
    {
        QString text;
        bool emphasised = false; // drawn in red and bold: alerts, restrictions
    };
    struct KeyValues
    {
        QList<QPair<QString, QString>> pairs;
    };
    struct Table
    {
        QList<Column> columns;
        QList<QStringList> rows;
        QList<int> highlightedRows; // drawn with a red mark: breaches, life-threatening allergies
    };
    struct Signatures
    {
        QStringList labels; // "Staff member", "Director", "Parent or guardian"
    };
    struct PageBreak
    {
    };
    // Children's photos in a grid with their names under them. Only photos the families agreed to
    // share belong here (ConsentPolicy, ChildPhotos).
    struct Photo
    {
        QString caption;
        QImage image;
    };
    struct Photos
    {
        QList<Photo> photos;
    };
    using Block = std::variant<Heading, Paragraph, KeyValues, Table, Signatures, PageBreak, Photos>;

    QString centreName;
    QString centreDetails; // address and phone, one line
    QImage logo;
    QString title;
    QString subtitle; // the period, the room
    QDateTime generatedAt;
    bool landscape = false; // wide grids (the ratio report) print across the page
    QList<Block> blocks;

    void addHeading(const QString& text) { blocks << Heading {text}; }
    void addParagraph(const QString& text, bool emphasised = false) { blocks << Paragraph {text, emphasised}; }
    void addKeyValues(const QList<QPair<QString, QString>>& pairs) { blocks << KeyValues {pairs}; }
    void addTable(const Table& table) { blocks << table; }
    void addSignatures(const QStringList& labels) { blocks << Signatures {labels}; }
    void addPageBreak() { blocks << PageBreak {}; }
    void addPhotos(const QList<Photo>& photos) { blocks << Photos {photos}; }
};

} // namespace Kindred
