// What the parent prints: the result rows, as a table for a person or as JSON lines for a
// program, and its progress on stderr.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Bench {

// One line of the result table, and one JSON object in --json mode.
struct Row
{
    QString scenario;
    QString transport;
    int readers = 0;
    int msgBytes = 0;
    std::optional<int> pollMs;
    std::optional<double> msgsPerS;
    std::optional<double> mbPerS;
    std::optional<qint64> lost;
    std::optional<double> p50Us;
    std::optional<double> p99Us;
    std::optional<double> maxUs;
    std::optional<double> cpuPercent;
    std::optional<double> ratio;
    QString note;
    QJsonObject extra;

    QJsonObject toJson() const;
};

QString transportName(bool shm);

// On stderr, so that it never mixes with the table or the JSON on stdout.
void progress(const QString &text);
void out(const QString &text);

QByteArray jsonLines(const QList<Row> &rows);
// The table, its legend and the targets' verdicts; "meta" rows go only to JSON.
void printTable(const QList<Row> &rows, const QStringList &targetLines);

} // namespace Bench
