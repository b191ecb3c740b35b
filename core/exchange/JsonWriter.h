// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <vector>

namespace backlog {

/// Writes pretty-printed JSON with keys in the order given (QJsonDocument sorts them),
/// so that exports are stable and read like the format description.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString& name);

    void null();
    void boolean(bool value);
    void integer(qint64 value);
    /// A number written with exactly `decimals` places (e.g. 3.0 for one decimal).
    void fixed(double value, int decimals);
    /// A number written in its shortest exact form.
    void number(double value);
    void string(const QString& value);
    /// Any JSON value (objects keep QJsonObject's key order).
    void value(const QJsonValue& value);

    /// The document, ending with a newline.
    QByteArray finish();

private:
    void beforeValue();
    void newline();

    QByteArray m_out;
    struct Level
    {
        bool isObject;
        bool empty = true;
    };
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

/// The JSON text of a string, quoted and escaped.
QByteArray jsonQuoted(const QString& text);

} // namespace backlog
