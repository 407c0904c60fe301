// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace Kindred {

// `kindred --lang pseudo`, for developers (issue 17, point 9): every text in accented English, 35 % longer and
// between brackets, "[Çhéçk íñ·······]". A text cut off on screen has lost its closing bracket, and a text that
// never went through tr() stays plain, so both are seen at once. The English plural forms come first ("1 child"),
// then the transformation; placeholders, HTML tags and the mnemonic's letter are kept as they are, so that the
// texts still fill in and Alt+letter still works. QT_LAYOUT_DIRECTION is left alone (the window stays left to
// right).
class PseudoTranslation : public QTranslator
{
    Q_OBJECT

public:
    static inline const QString Code = QStringLiteral("pseudo");

    // `english`: Kindred's English file, for the plural forms (null: the source texts as they are).
    explicit PseudoTranslation(const QTranslator* english, QObject* parent = nullptr);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    static QString transform(const QString& text);

private:
    const QTranslator* m_english;
};

} // namespace Kindred
