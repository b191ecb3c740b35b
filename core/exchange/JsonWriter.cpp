// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>
#include <cstdio>

namespace backlog {

namespace {

/// Appends UTF-8 text with what JSON needs escaped escaped.
void appendEscaped(QByteArray& out, const QByteArray& utf8)
{
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", u);
                out += buf;
            } else {
                out += c;
            }
        }
    }
}

} // namespace

QByteArray jsonQuoted(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    if (text.isValidUtf16()) {
        appendEscaped(out, text.toUtf8());
    } else {
        // Half a surrogate pair alone (a JSON file can hold one as a Unicode escape) has no
        // UTF-8 form: it is written as its escape, so that the text reads back the same.
        qsizetype start = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            if (!c.isSurrogate())
                continue;
            appendEscaped(out, QStringView(text).mid(start, i - start).toUtf8());
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c.unicode()));
            out += buf;
            start = i + 1;
        }
        appendEscaped(out, QStringView(text).mid(start).toUtf8());
    }
    out += '"';
    return out;
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(static_cast<int>(m_stack.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty()) {
        if (!m_stack.back().empty)
            m_out += ',';
        m_stack.back().empty = false;
        newline();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_stack.push_back({true});
}

void JsonWriter::endObject()
{
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_stack.push_back({false});
}

void JsonWriter::endArray()
{
    endObject(); // same bookkeeping
    m_out[m_out.size() - 1] = ']';
}

void JsonWriter::key(const QString& name)
{
    beforeValue();
    m_out += jsonQuoted(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::fixed(double value, int decimals)
{
    beforeValue();
    if (!std::isfinite(value)) {
        m_out += "null";
        return;
    }
    QByteArray text = QByteArray::number(value, 'f', decimals);
    if (text.startsWith("-") && text.toDouble() == 0.0)
        text.remove(0, 1);
    m_out += text;
}

void JsonWriter::number(double value)
{
    beforeValue();
    if (!std::isfinite(value)) {
        m_out += "null";
        return;
    }
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        m_out += QByteArray::number(static_cast<qint64>(value));
    else
        m_out += QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void JsonWriter::string(const QString& value)
{
    beforeValue();
    m_out += jsonQuoted(value);
}

void JsonWriter::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double:
        number(v.toDouble());
        break;
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue& item : v.toArray())
            value(item);
        endArray();
        break;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

QByteArray JsonWriter::finish()
{
    QByteArray out = std::move(m_out);
    out += '\n';
    m_out.clear();
    m_stack.clear();
    return out;
}

} // namespace backlog
