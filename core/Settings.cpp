// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>
#include <array>

namespace backlog {
namespace {

struct Row
{
    Settings::Key key;
    const char* name;
    QVariant fallback;
};

const std::array<Row, 5>& table()
{
    static const std::array<Row, 5> rows{{
        {Settings::Key::ReminderEnabled, "reminder/enabled", true},
        {Settings::Key::ReminderTime, "reminder/time", QTime(20, 0)},
        {Settings::Key::StartAtLogin, "general/startAtLogin", false},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::FunctionPerActivity, "today/functionPerActivity", true},
    }};
    return rows;
}

const Row& rowOf(Settings::Key key)
{
    for (const Row& r : table())
        if (r.key == key)
            return r;
    return table().front();
}

} // namespace

Settings::Settings(const QString& fileName, QObject* parent)
    : QObject(parent),
      // By default ~/.config/BackLog/BackLog.conf: named explicitly, because the programs
      // set no organisation name (it would move the diary's folder too).
      m_settings(fileName.isEmpty() ? std::make_unique<QSettings>(
                                          QSettings::NativeFormat, QSettings::UserScope,
                                          QStringLiteral("BackLog"), QStringLiteral("BackLog"))
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::name(Key key)
{
    return QString::fromLatin1(rowOf(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return rowOf(key).fallback;
}

QVariant Settings::value(Key key) const
{
    const Row& r = rowOf(key);
    QVariant v = m_settings->value(QString::fromLatin1(r.name), r.fallback);
    if (r.fallback.isValid() && v.metaType() != r.fallback.metaType() &&
        !v.convert(r.fallback.metaType()))
        return r.fallback;
    return v;
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (this->value(key) == value)
        return;
    m_settings->setValue(name(key), value);
    m_settings->sync();
    Q_EMIT changed(key);
}

} // namespace backlog
