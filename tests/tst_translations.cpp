// Checks that every translation catalogue in translations/ is complete and usable.
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QtTest>

#ifndef SHMCHAT_TRANSLATIONS_DIR
#  error "SHMCHAT_TRANSLATIONS_DIR must name the translations directory"
#endif

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;             // the translation's type attribute
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
    qint64 line = 0;
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return catalogue;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?[1-9][0-9]?)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString describe(const Message &message)
{
    return QStringLiteral("line %1 [%2] \"%3\"").arg(message.line).arg(message.context, message.source.left(60));
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(SHMCHAT_TRANSLATIONS_DIR))
        .entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expectedLanguagesExist();
    void complete_data();
    void complete();
    void sameMessagesEverywhere();
};

void TestTranslations::expectedLanguagesExist()
{
    const QStringList files = tsFiles();
    for (const char *language : { "de", "es", "fr", "ja" }) {
        const QString name = QStringLiteral("shmchat_%1.ts").arg(QLatin1String(language));
        QVERIFY2(files.contains(name), qPrintable(name));
    }
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SHMCHAT_TRANSLATIONS_DIR));
    for (const QString &name : tsFiles())
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    const Catalogue catalogue = readCatalogue(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY2(!catalogue.language.isEmpty(), "the TS element names no language");
    // Far fewer would mean lupdate was run without the core's or the CLI's sources.
    QVERIFY2(catalogue.messages.size() >= 50, qPrintable(QString::number(catalogue.messages.size())));

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1: translation is %2").arg(describe(message), message.type);
            continue;
        }
        if (message.translations.isEmpty())
            problems << QStringLiteral("%1: no translation").arg(describe(message));
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(describe(message));
                continue;
            }
            const QSet<QString> got = placeholders(translation);
            if (got != expected) {
                problems << QStringLiteral("%1: placeholders %2 in the source but %3 in \"%4\"")
                                .arg(describe(message), QStringList(expected.cbegin(), expected.cend()).join(QLatin1Char(',')),
                                     QStringList(got.cbegin(), got.cend()).join(QLatin1Char(',')), translation);
            }
            // Keyboard accelerators: a menu entry that had one should keep one.
            if (message.source.contains(QLatin1Char('&')) && !message.source.contains(QLatin1String("&amp;"))
                && message.source.count(QLatin1Char('&')) == 1 && !translation.contains(QLatin1Char('&'))) {
                problems << QStringLiteral("%1: the accelerator (&) was dropped").arg(describe(message));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::sameMessagesEverywhere()
{
    const QDir dir(QStringLiteral(SHMCHAT_TRANSLATIONS_DIR));
    QSet<QString> reference;
    QString referenceName;
    for (const QString &name : tsFiles()) {
        QSet<QString> keys;
        for (const Message &message : readCatalogue(dir.filePath(name)).messages)
            keys.insert(message.context + QLatin1Char('\x1f') + message.source + QLatin1Char('\x1f') + message.comment);
        if (referenceName.isEmpty()) {
            reference = keys;
            referenceName = name;
            continue;
        }
        QVERIFY2(keys == reference, qPrintable(QStringLiteral("%1 and %2 cover different strings; run the lupdate target")
                                                   .arg(referenceName, name)));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
